// Fails loudly when npm runs with a Node older than Astro needs (e.g. after `npm install --ignore-scripts`,
// the pinned `node` devDependency is not linked and the system Node 20 would be used).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `duizhao needs Node >= 22.12 (found ${process.version} at ${process.execPath}).\n` +
      'Run `npm install` (without --ignore-scripts) so the pinned "node" devDependency provides Node 24, ' +
      'and run tools through npm scripts or npx.',
  );
  process.exit(1);
}
