import { describe, expect, it } from 'vitest';
import { compactBody, requestLine, tellingFields } from '../../../src/renderer/src/features/lessons/apiCall';

describe('under the hood', () => {
  const body = {
    Image: 'alpine',
    Cmd: ['env'],
    Env: [],
    Labels: { 'container-talk.app': 'true' },
    HostConfig: { Links: ['redis-server:redis'], PortBindings: {}, NetworkMode: 'default' },
    NetworkingConfig: { EndpointsConfig: {} },
  };

  it('shows the request with its query', () => {
    expect(requestLine({ method: 'POST', path: '/containers/create', query: { name: 'x' } })).toBe(
      '/containers/create?name=x',
    );
    expect(requestLine({ method: 'GET', path: '/_ping' })).toBe('/_ping');
  });

  it('picks the fields that tell what the command became, leaving out empty ones', () => {
    expect(tellingFields(body)).toEqual([
      ['Image', 'alpine'],
      ['Cmd', '["env"]'],
      ['HostConfig.Links', '["redis-server:redis"]'],
      ['HostConfig.NetworkMode', 'default'],
    ]);
  });

  it('prints the body in one line without empty values', () => {
    expect(compactBody(body)).toBe(
      '{"Image":"alpine","Cmd":["env"],"Labels":{"container-talk.app":"true"},"HostConfig":{"Links":["redis-server:redis"],"NetworkMode":"default"}}',
    );
    expect(compactBody({ a: {} })).toBeUndefined();
  });
});
