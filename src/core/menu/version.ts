/**
 * The tool's version, shown in Hướng dẫn (with the template's address from Cấu hình), so a ward's copy can tell
 * whether the published template has a newer one. Equal to package.json's version (a test checks it): bump both
 * when publishing the template.
 */
export const TOOL_VERSION = '0.1.0';
