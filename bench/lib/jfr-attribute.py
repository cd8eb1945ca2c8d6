"""Where a JVM's event loops spend their time: each execution sample charged to its innermost frame of the
application or a framework above Vert.x and Netty (what is left is the server and client themselves).

Record while a benchmark runs (the default JFR settings sample too rarely on a loaded 2-core machine):
  jcmd PID JFR.start name=p settings=bench/lib/execution-samples.jfc filename=/tmp/p.jfr
  ... wrk ...
  jcmd PID JFR.stop name=p
  jfr print --events jdk.ExecutionSample --stack-depth 100 /tmp/p.jfr | python3 bench/lib/jfr-attribute.py [thread-substring]

With the thread `main` of a recording of a service's start (bench/README.md), each sample is charged instead to the
Quarkus start-up step it ran in (the outermost `io.quarkus.runner.recorded.` frame), or to the class loading and
static initialisation before and between the steps.
"""
import collections
import re
import sys

OWNERS = ('onestop.', 'io.quarkus.', 'io.micrometer.', 'io.smallrye.', 'org.jboss.', 'io.vertx.ext.web.',
          'com.github.benmanes', 'io.github.bucket4j')
thread_filter = sys.argv[1] if len(sys.argv) > 1 else 'eventloop'
charged = collections.Counter()
samples = 0
stack, thread = [], ''


def charge():
    global samples
    if not stack or thread_filter not in thread:
        return
    samples += 1
    if thread_filter == 'main':
        step = next((frame for frame in reversed(stack) if frame.startswith('io.quarkus.runner.recorded.')), None)
        charged[step.split('(')[0] if step else '(loading and initialising classes, outside the steps)'] += 1
        return
    owner = next((frame for frame in stack if frame.startswith(OWNERS)), None)
    charged[owner.split('(')[0] if owner else '(Vert.x, Netty and the JDK only)'] += 1


for line in sys.stdin:
    line = line.rstrip()
    if line.startswith('jdk.ExecutionSample'):
        charge()
        stack, thread = [], ''
    elif 'sampledThread' in line:
        thread = line
    else:
        frame = re.match(r'\s+([\w$.<>/]+\(.*?\))(\s+line:|$)', line)   # generated code has no line numbers
        if frame:
            stack.append(frame.group(1))
charge()
print('samples', samples)
for owner, count in charged.most_common(60):
    print(f'{count * 100 / max(samples, 1):5.1f}% {owner}')
