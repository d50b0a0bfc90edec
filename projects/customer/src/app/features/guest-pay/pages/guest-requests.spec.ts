import { of, Subject, throwError } from 'rxjs';
import { GuestRequests } from './guest-requests';

describe('GuestRequests', () => {
  const keyOf = (error: unknown) => (error === 'gone' ? 'customer.pay.notFound' : 'x');

  it('is busy while a request runs and hands its answer over, clearing the last problem', () => {
    const requests = new GuestRequests(keyOf);
    requests.problem.set({ key: 'customer.pay.declined' });
    const answer = new Subject<number>();
    const done = jest.fn();
    requests.run(answer, done);
    expect(requests.busy()).toBe(true);
    expect(requests.problem()).toBeNull();
    answer.next(42);
    expect(requests.busy()).toBe(false);
    expect(done).toHaveBeenCalledWith(42);
  });

  it('words a failure with the page’s own key and is ready for the next try', () => {
    const requests = new GuestRequests(keyOf);
    const done = jest.fn();
    requests.run(
      throwError(() => 'gone'),
      done,
    );
    expect(requests.problem()).toEqual({ key: 'customer.pay.notFound' });
    expect(requests.busy()).toBe(false);
    expect(done).not.toHaveBeenCalled();
    requests.run(of('again'), done);
    expect(requests.problem()).toBeNull();
    expect(done).toHaveBeenCalledWith('again');
  });
});
