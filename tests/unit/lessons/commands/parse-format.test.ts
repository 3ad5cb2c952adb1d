import { describe, expect, it } from 'vitest';
import { loadLessons } from '../../../../src/main/lessons/catalog';
import { formatAction, parseCommand } from '../../../../src/main/lessons/commands';

const lessonSpecs = loadLessons().flatMap((lesson) => lesson.steps.flatMap((step) => step.actions.map((a) => a.spec)));

describe('format ⇄ parse round trip', () => {
  it.each(lessonSpecs.map((spec) => [formatAction(spec), spec] as const))('%s', (text, spec) => {
    expect(parseCommand(text)).toEqual(spec);
    expect(formatAction(parseCommand(text))).toBe(text);
  });

  it.each([
    'docker run --rm -e GREETING=hello alpine echo hi',
    'docker run -it --network backend --network-alias db -p 127.0.0.1:8080:80/udp alpine sh',
    'docker run -d --name web -p 80 alpine',
    'docker run --name=x --network=y alpine',
    'docker run -p 8080:80 -d alpine',
    "docker run alpine sh -c 'echo hello world'",
    'docker network create --driver bridge n1',
    'docker network connect --alias a --alias b n1 c1',
    'docker network disconnect -f n1 c1',
    'docker network inspect n1 n2',
    'docker network rm n1',
    'docker ps -a',
    'docker logs -f -t --tail 10 c1',
    'docker rm -f c1 c2',
    'curl http://localhost:3000/stats',
    'docker run -d --privileged --name node1 --hostname node1 --network nodes -p 127.0.0.1::2376 docker:dind',
    'docker run -d -h node2 --cap-add ALL --cap-drop SYS_RESOURCE --security-opt seccomp=unconfined docker:dind',
    'docker network create -d overlay --attachable app-net',
    'docker service create --name web --replicas 2 --network app-net --publish published=8080,target=80,mode=host nginx',
    "docker service create --name web --publish 8080:80 nginx nginx -g 'daemon off;'",
    'docker swarm join --token $MANAGER_TOKEN node1:2377',
  ])('%s formats back to itself', (text) => {
    expect(formatAction(parseCommand(text))).toBe(text);
  });
});

describe('parse', () => {
  it('reads bundled and separate short flags alike', () => {
    const bundled = parseCommand('docker run -it alpine sh');
    const separate = parseCommand('docker run -t -i alpine sh');
    expect(bundled).toMatchObject({ interactive: true, tty: true, command: ['sh'] });
    expect(separate).toMatchObject({ interactive: true, tty: true });
    expect(formatAction(separate)).toBe('docker run -it alpine sh');
  });

  it('reads -p forms', () => {
    const spec = parseCommand('docker run -p 3000:3000 -p 127.0.0.1::53/udp -p9000 alpine');
    expect(spec.kind === 'run' && spec.publish).toEqual([
      { hostPort: '3000', containerPort: '3000', protocol: 'tcp' },
      { hostIp: '127.0.0.1', containerPort: '53', protocol: 'udp' },
      { containerPort: '9000', protocol: 'tcp' },
    ]);
  });

  it('reads a link without alias as the name itself', () => {
    const spec = parseCommand('docker run --link redis-server alpine env');
    expect(spec.kind === 'run' && spec.links).toEqual([{ container: 'redis-server', alias: 'redis-server' }]);
  });

  it('keeps options after the image as the command', () => {
    const spec = parseCommand('docker run alpine ping -c 1 redis');
    expect(spec).toMatchObject({ image: 'alpine', command: ['ping', '-c', '1', 'redis'], detach: false });
  });

  it('maps curl docker:3000 (Katacoda host) to the published port', () => {
    expect(parseCommand('curl docker:3000')).toEqual({ kind: 'http', port: 3000, path: '/' });
    expect(parseCommand('curl http://engine.example:3000', { publishedHost: 'engine.example' })).toEqual({
      kind: 'http',
      port: 3000,
      path: '/',
    });
  });

  it.each([
    ['docker run --pid=host alpine', 'unknown flag: --pid for "docker run"'],
    ['docker run -v /:/host alpine', "unknown shorthand flag: 'v' in -v"],
    ['docker run -d', '"docker run" requires an image'],
    ['docker run --name', 'flag needs an argument: --name'],
    ['docker run --link a:b:c alpine', 'invalid --link value "a:b:c"'],
    ['docker run -p 80-90:80-90 alpine', 'invalid -p value "80-90:80-90"'],
    ['docker run --rm=true alpine', 'flag --rm takes no value'],
    ['docker run alpine env | grep REDIS', '"|" is shell syntax'],
    ['docker run alpine echo "unfinished', 'unterminated " quote'],
    ['docker pull redis', '"docker pull" is not one of the commands this app runs'],
    ['docker network prune', 'unknown command "docker network prune"'],
    [
      'docker network connect n1',
      '"docker network connect [--alias ALIAS] NETWORK CONTAINER" takes exactly 2 argument(s)',
    ],
    ['docker network create --internal n1', 'unknown flag: --internal'],
    ['curl http://example.com:80', "curl here only reaches ports published on the engine's host"],
    ['kubectl get pods', '"kubectl get" is not one of the commands this app runs: docker run,'],
  ])('refuses %s', (text, message) => {
    expect(() => parseCommand(text)).toThrow(message);
  });
});
