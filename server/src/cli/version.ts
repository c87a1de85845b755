// The version printed by --version and written into SARIF: the one in package.json, inlined by the bundler.
import { version as packageVersion } from '../../../package.json';

export const version: string = packageVersion;
