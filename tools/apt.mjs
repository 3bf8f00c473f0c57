/** Installing a Debian package for the tests, where that is possible: as root on Debian or Ubuntu. */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export function debianLike() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
  } catch { return existsSync('/etc/debian_version'); }
}

/** Installs the package and returns true, or returns false where this machine cannot. */
export function aptInstall(pkg) {
  if (process.getuid?.() !== 0 || !debianLike()) return false;
  console.log(`Installing Debian's ${pkg} package (apt-get install -y ${pkg})…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`, { stdio: 'inherit' });
  return true;
}
