// Throwaway folders under the system temp folder, each marked with the pid that owns it, so a later run can remove
// the ones left behind by a process that was killed outright (SIGKILL skips every cleanup handler).
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes `prefix`* folders in the temp folder whose owner process is gone. */
export function removeAbandoned(prefix: string): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(prefix)) continue;
    const dir = join(tmpdir(), name);
    let owner: number;
    try {
      owner = Number(readFileSync(join(dir, 'owner.pid'), 'utf8'));
    } catch {
      continue; // not ours, or still being created
    }
    if (!pidAlive(owner)) rmSync(dir, { recursive: true, force: true });
  }
}

/** A new temp folder `prefix`XXXXXX owned by this process (after removing abandoned ones). */
export function ownedTempDir(prefix: string): string {
  removeAbandoned(prefix);
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(join(dir, 'owner.pid'), String(process.pid));
  return dir;
}
