import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';
import { APP_NAMES, type AppName } from '../config/stage-props.ts';

/**
 * Viewer-request code for `/<app>/*`: a path without a file extension is an Angular route, so
 * it is served the app's `index.html`; files (hashed bundles, assets) pass through unchanged.
 */
export function spaFallbackCode(app: AppName): string {
  return `function handler(event) {
  var request = event.request;
  if (!/\\.[A-Za-z0-9]+$/.test(request.uri)) {
    request.uri = '/${app}/index.html';
  }
  return request;
}`;
}

/** Viewer-request code for the default behaviour: `/` and `/<app>` redirect to `/<app>/`. */
export function rootRedirectCode(defaultApp: AppName): string {
  const apps = JSON.stringify(APP_NAMES);
  return `function handler(event) {
  var uri = event.request.uri;
  var apps = ${apps};
  var target = uri === '/' ? '/${defaultApp}/' : null;
  for (var i = 0; i < apps.length && !target; i++) {
    if (uri === '/' + apps[i]) target = uri + '/';
  }
  if (!target) return event.request;
  return { statusCode: 301, statusDescription: 'Moved Permanently',
    headers: { location: { value: target } } };
}`;
}

export function createEdgeFunction(
  scope: Construct,
  id: string,
  code: string,
): cloudfront.Function {
  return new cloudfront.Function(scope, id, {
    code: cloudfront.FunctionCode.fromInline(code),
    runtime: cloudfront.FunctionRuntime.JS_2_0,
  });
}
