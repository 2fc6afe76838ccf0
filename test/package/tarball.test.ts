import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures/articles');
const work = mkdtempSync(join(tmpdir(), 'storybot-package-'));

// `npm test` runs this under npm, whose npm_* variables describe this checkout; the child npm and
// storybot must see a user's plain environment (the npm cache kept, so the install is offline first).
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_') || key === 'npm_config_cache'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs a command, resolving with its exit code and output instead of throwing on a non-zero exit. */
async function sh(file: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(file, args, { cwd, env, maxBuffer: 16 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the npm package', () => {
  it('packs, installs into an empty folder without building or install scripts, and answers from the bundled corpus and from --corpus', async () => {
    const packed = await sh('npm', ['pack', '--json', '--pack-destination', work], ROOT);
    expect(packed.code, packed.stderr).toBe(0);
    const [{ filename, files }] = JSON.parse(packed.stdout) as [{ filename: string; files: Array<{ path: string }> }];
    const shipped = files.map((f) => f.path);
    expect(shipped).toContain('dist/src/transport/cli/main.js');
    expect(shipped.some((path) => path.startsWith('corpus/'))).toBe(true);
    expect(shipped.filter((path) => /^(src|test|bench|scripts)\//.test(path) || path.endsWith('.ts'))).toEqual([]);

    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'trying-storybot', private: true }));
    const installed = await sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, filename)], app);
    expect(installed.code, installed.stderr).toBe(0);
    // No install script of storybot or of its dependencies runs (npm 11 warns about each), nothing compiles.
    expect(installed.stderr).not.toMatch(/install-scripts|postinstall|prepare/);
    expect(readdirSync(join(app, 'node_modules'))).not.toContain('typescript');
    expect(existsSync(join(app, 'node_modules/storybot/src'))).toBe(false);

    const bundled = await sh('npx', ['--no', 'storybot', 'ask', 'How long was the phone call?', '--limit', '1'], app);
    expect(bundled.code, bundled.stderr).toBe(0);
    expect(bundled.stderr).toBe(''); // no warning: not from Node (JSON modules, experimental features), nor a log line
    expect(bundled.stdout).toMatch(/^Answer: /);
    expect(bundled.stdout).toMatch(/».*minute.*«/s);

    const own = await sh('npx', ['--no', 'storybot', 'ask', "How high did Spain's electricity demand peak?", '--json', '--corpus', FIXTURES], app);
    expect(own.code, own.stderr).toBe(0);
    const answer = JSON.parse(own.stdout) as { answered: boolean; passages: Array<{ sourceId: string }> };
    expect(answer.answered).toBe(true);
    expect(readdirSync(FIXTURES).some((file) => file.startsWith(answer.passages[0]!.sourceId))).toBe(true);
  }, 300_000);
});
