// Local ESLint rule: reports import cycles between project files, counting EVERY static edge,
// including `import type`, `export type ... from`, `import { type X }` and `import('./x')`.
// (import-x/no-cycle hard-codes skipping type-only imports and has no option to count them.)
// Modules are resolved the way tsc resolves them (tsconfig next to the file), so explicit
// `.ts` / `.astro` extensions work. Files under node_modules are never followed.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const configCache = new Map(); // tsconfig path -> CompilerOptions
const depsCache = new Map(); // file -> { mtimeMs, deps: Array<{ spec, file }> }

function compilerOptionsFor(file) {
	const configPath = ts.findConfigFile(path.dirname(file), ts.sys.fileExists) ?? '';
	let options = configCache.get(configPath);
	if (!options) {
		const parsed = configPath
			? ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} })
			: undefined;
		options = parsed?.options ?? {
			module: ts.ModuleKind.ESNext,
			moduleResolution: ts.ModuleResolutionKind.Bundler,
		};
		configCache.set(configPath, options);
	}
	return options;
}

function isFile(p) {
	try {
		return fs.statSync(p).isFile();
	} catch {
		return false;
	}
}

/** Absolute path of a project file that `spec` imported from `fromFile` resolves to, or null. */
function resolveImport(spec, fromFile) {
	let resolved = null;
	if (spec.startsWith('.') || path.isAbsolute(spec)) {
		const candidate = path.resolve(path.dirname(fromFile), spec);
		if (isFile(candidate)) resolved = candidate; // explicit extension: ./x.ts, ./C.astro
	}
	if (!resolved) {
		const result = ts.resolveModuleName(spec, fromFile, compilerOptionsFor(fromFile), ts.sys).resolvedModule;
		if (result && !result.isExternalLibraryImport) resolved = path.resolve(result.resolvedFileName);
	}
	if (!resolved || resolved.split(path.sep).includes('node_modules')) return null;
	return resolved;
}

/** Source text whose imports count: a .astro file's frontmatter and <script> blocks. */
function importableText(file, text) {
	if (!file.endsWith('.astro')) return text;
	const front = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
	const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
	return [front, ...scripts].join('\n;\n');
}

function depsOf(file) {
	let mtimeMs;
	try {
		mtimeMs = fs.statSync(file).mtimeMs;
	} catch {
		return [];
	}
	const cached = depsCache.get(file);
	if (cached && cached.mtimeMs === mtimeMs) return cached.deps;
	const text = importableText(file, fs.readFileSync(file, 'utf8'));
	const { importedFiles } = ts.preProcessFile(text, true, true); // includes type-only and dynamic imports
	const deps = [];
	for (const { fileName: spec } of importedFiles) {
		const target = resolveImport(spec, file);
		if (target) deps.push({ spec, file: target });
	}
	depsCache.set(file, { mtimeMs, deps });
	return deps;
}

/** Shortest chain of files from `start` back to `goal`, or null. */
function findPath(start, goal) {
	const previous = new Map([[start, null]]);
	const queue = [start];
	while (queue.length > 0) {
		const current = queue.shift();
		for (const { file } of depsOf(current)) {
			if (file === goal) {
				const chain = [current];
				for (let p = previous.get(current); p; p = previous.get(p)) chain.unshift(p);
				return chain;
			}
			if (!previous.has(file)) {
				previous.set(file, current);
				queue.push(file);
			}
		}
	}
	return null;
}

function sourceOf(node) {
	if (node.type === 'TSImportEqualsDeclaration') return node.moduleReference?.expression;
	if (node.type === 'TSImportType') return node.argument?.literal ?? node.source;
	return node.source;
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
	meta: {
		type: 'problem',
		docs: { description: 'Forbid import cycles between project files, type-only imports included' },
		schema: [],
		messages: { cycle: 'Import cycle (type-only imports count): {{chain}}' },
	},
	create(context) {
		const filename = path.resolve(context.physicalFilename);
		const root = context.cwd;
		function check(node) {
			const source = sourceOf(node);
			if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
			const target = resolveImport(source.value, filename);
			if (!target || target === filename) return;
			const chain = findPath(target, filename);
			if (!chain) return;
			const names = [filename, ...chain, filename].map((f) => path.relative(root, f));
			context.report({ node: source, messageId: 'cycle', data: { chain: names.join(' -> ') } });
		}
		return {
			ImportDeclaration: check,
			ExportNamedDeclaration: check,
			ExportAllDeclaration: check,
			ImportExpression: check,
			TSImportEqualsDeclaration: check,
			TSImportType: check,
		};
	},
};
