import { ServerSentEventParser } from './server-sent-events';

describe('ServerSentEventParser', () => {
  it('reads named events with ids and keeps an unfinished event for the next chunk', () => {
    const parser = new ServerSentEventParser();
    expect(parser.push('event: dashboard\nid: 1\ndata: {"a"')).toEqual([]);
    expect(parser.push(':1}\n\nevent: dashboard\r\ndata: {}\r\n\r\ndata: x')).toEqual([
      { event: 'dashboard', id: '1', data: '{"a":1}' },
      { event: 'dashboard', id: null, data: '{}' },
    ]);
  });

  it('joins multi-line data, ignores comments and blocks without data', () => {
    const parser = new ServerSentEventParser();
    expect(parser.push(': keep-alive\n\ndata: one\ndata: two\n\nevent: ping\n\n')).toEqual([
      { event: 'message', id: null, data: 'one\ntwo' },
    ]);
  });
});
