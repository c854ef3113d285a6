// Firefox ESR and WebKitGTK (the engine of Safari) through WebDriver, for
// the smoke suite (smoke.mjs). The drivers are the local ones `make test`
// installs: geckodriver (cargo) and WebKitWebDriver (Debian), each started
// here on a free port; selenium-webdriver only talks to them
// (`usingServer`), so it never tries to download a driver or a browser.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';

export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
export const GECKODRIVER = process.env.GECKODRIVER ?? firstExisting([join(homedir(), '.cargo', 'bin', 'geckodriver'), '/usr/local/bin/geckodriver', '/usr/bin/geckodriver']);
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

function firstExisting(paths) {
  return paths.find((p) => existsSync(p)) ?? paths[0];
}

async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/** Starts a WebDriver server (its own process group) and waits until it answers /status. */
async function startDriver(command, args, port, env = {}) {
  for (const file of [command]) {
    if (!existsSync(file)) throw new Error(`${file} is missing (make other-engines geckodriver installs it)`);
  }
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  let exited = null;
  child.on('exit', (code) => { exited = code; });
  const url = `http://127.0.0.1:${port}`;
  const end = Date.now() + 30_000;
  for (;;) {
    if (exited !== null) throw new Error(`${command} exited (${exited}) before it answered:\n${output}`);
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > end) {
      stop(child);
      throw new Error(`${command} did not answer on ${url} within 30 s:\n${output}`);
    }
    await new Promise((ok) => setTimeout(ok, 200));
  }
  return { url, child, output: () => output };
}

function stop(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/**
 * One engine: `start()` its driver, `session()` a new browser session (a
 * fresh profile each time), `stop()`. `downloads` is where the browser
 * saves files.
 */
export function engine(name) {
  const sessions = [];
  const folders = [];
  const engines = {
    firefox: {
      label: 'Firefox ESR',
      async start() {
        const port = await freePort();
        return startDriver(GECKODRIVER, ['--host', '127.0.0.1', '--port', String(port)], port);
      },
      async session(server, downloads) {
        const options = new firefox.Options()
          .setBinary(FIREFOX)
          .addArguments('-headless')
          .setPreference('browser.download.folderList', 2)
          .setPreference('browser.download.dir', downloads)
          .setPreference('browser.download.useDownloadDir', true)
          .setPreference('browser.download.always_ask_before_handling_new_types', false)
          .setPreference('browser.helperApps.neverAsk.saveToDisk', 'application/json,text/csv,text/plain')
          .setPreference('browser.download.manager.showWhenStarting', false);
        return new Builder().usingServer(server.url).forBrowser('firefox').setFirefoxOptions(options).build();
      },
    },
    webkit: {
      label: 'WebKitGTK',
      async start(downloads) {
        const port = await freePort();
        // MiniBrowser needs a display: a virtual one. It saves downloads in
        // the home folder (there is no XDG download folder here), and keeps
        // its website data there: a new home for each session.
        return startDriver('/usr/bin/xvfb-run', ['-a', WEBKIT_DRIVER, `--port=${port}`], port, { HOME: downloads });
      },
      async session(server) {
        return new Builder()
          .usingServer(server.url)
          .withCapabilities({
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
          })
          .build();
      },
    },
  };
  const spec = engines[name];
  // A driver serves one session at a time: each session has its own.
  const drivers = [];
  return {
    name,
    label: spec.label,
    /**
     * A new session with a new profile (nothing stored: a first visit) and
     * a driver of its own; `session.downloads` is where it saves files.
     */
    async session() {
      const downloads = mkdtempSync(join(tmpdir(), `centra-${name}-`));
      folders.push(downloads);
      const driver = await spec.start(downloads);
      let session;
      try {
        session = await spec.session(driver, downloads);
      } catch (error) {
        stop(driver.child);
        throw new Error(`${error.message}\n${driver.output()}`);
      }
      drivers.push(driver);
      sessions.push(session);
      session.downloads = downloads;
      await session.manage().setTimeouts({ script: 30_000, pageLoad: 60_000 });
      return session;
    },
    /** Ends one session and its driver. */
    async close(session) {
      const at = sessions.indexOf(session);
      await session.quit().catch(() => {});
      if (at >= 0) {
        sessions.splice(at, 1);
        stop(drivers.splice(at, 1)[0].child);
      }
    },
    async stop() {
      for (const session of sessions.splice(0)) await session.quit().catch(() => {});
      for (const driver of drivers.splice(0)) stop(driver.child);
      for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
    },
    driverOutput: () => drivers.map((d) => d.output()).join('\n'),
  };
}
