// The TypeScript types of register files (src/model.ts) and the JSON Schemas (schemas/) say the same thing:
// every object the types declare has the schema's property names, and optional where the schema does not
// require them. The types are read with the compiler, so a key added on one side only fails here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, it, expect } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const modelFile = path.join(root, 'src/model.ts');

interface SchemaObject {
  properties?: Record<string, unknown>;
  required?: string[];
}

const schemaFiles = ['register', 'processing-activity', 'partnership', 'config'] as const;
type SchemaName = (typeof schemaFiles)[number];
const schemas = Object.fromEntries(
  schemaFiles.map((name) => [name, JSON.parse(readFileSync(path.join(root, `schemas/${name}.schema.json`), 'utf8'))]),
) as Record<SchemaName, unknown>;

/** Which type (a name, then `.property` for a property's type and `|n` for the n-th member of a union) is which schema object. */
const TABLE: [type: string, schema: SchemaName, pointer: string][] = [
  ['RegisterSettings', 'register', ''],
  ['RegisterSettings.organisation', 'register', '/properties/organisation'],
  ['Controller', 'register', '/properties/organisation/properties/controllers/items'],
  ['ProcessingActivity', 'processing-activity', ''],
  ['PersonalData', 'processing-activity', '/properties/personal_data/items'],
  ['Recipient|0', 'processing-activity', '/properties/recipients/items/oneOf/0'],
  ['Recipient|1', 'processing-activity', '/properties/recipients/items/oneOf/1'],
  ['Source|0', 'processing-activity', '/properties/sources/items/oneOf/0'],
  ['Source|1', 'processing-activity', '/properties/sources/items/oneOf/1'],
  ['Processor', 'processing-activity', '/properties/processors/items'],
  ['ProcessorAgreement', 'processing-activity', '/$defs/processorAgreement'],
  ['Transfer', 'processing-activity', '/properties/transfers/items'],
  ['LegalBasis', 'processing-activity', '/$defs/legalBasis'],
  ['LegalBasis', 'partnership', '/$defs/legalBasis'],
  ['Notice', 'processing-activity', '/$defs/notice'],
  ['Notice', 'partnership', '/$defs/notice'],
  ['LanguageCheck', 'processing-activity', '/$defs/notice/properties/language_check'],
  ['LanguageCheck', 'partnership', '/$defs/notice/properties/language_check'],
  ['Dpia|0', 'processing-activity', '/$defs/dpia/oneOf/0'],
  ['Dpia|1', 'processing-activity', '/$defs/dpia/oneOf/1'],
  ['Dpia|0', 'partnership', '/$defs/dpia/oneOf/0'],
  ['Dpia|1', 'partnership', '/$defs/dpia/oneOf/1'],
  ['Partnership', 'partnership', ''],
  ['Participant', 'partnership', '/properties/participants/items'],
  ['Agreement', 'partnership', '/properties/agreements/items'],
  ['DataFlow', 'partnership', '/properties/data_flows/items'],
  ['CheckConfig', 'config', ''],
  ['CheckConfig.paths', 'config', '/properties/paths'],
  ['CheckConfig.stale_issues', 'config', '/properties/stale_issues'],
  ['CheckConfig.issues', 'config', '/properties/issues'],
  ['CheckConfig.review', 'config', '/properties/review'],
  ['CheckConfig.readability', 'config', '/properties/readability'],
  ['CheckConfig.approvals', 'config', '/properties/approvals'],
  ['CheckConfig.export', 'config', '/properties/export'],
];

function at(schema: unknown, pointer: string): SchemaObject {
  let node = schema as Record<string, unknown>;
  for (const segment of pointer.split('/').slice(1)) node = node[segment] as Record<string, unknown>;
  return node as SchemaObject;
}

/**
 * Every object in a schema that lists properties, by pointer. A condition (`if`, `then`, `else`) restates keys of
 * the object it sits in rather than describing an object of its own, so it is left out.
 */
function objectPointers(node: unknown, pointer = ''): string[] {
  if (node === null || typeof node !== 'object') return [];
  const own = 'properties' in node ? [pointer] : [];
  const children = Object.entries(node).flatMap(([key, child]) =>
    key === 'properties'
      ? Object.entries(child as object).flatMap(([name, property]) => objectPointers(property, `${pointer}/properties/${name}`))
      : key === 'if' || key === 'then' || key === 'else'
        ? []
        : objectPointers(child, `${pointer}/${key}`),
  );
  return [...own, ...children];
}

const program = ts.createProgram([modelFile], { strict: true, noEmit: true, skipLibCheck: true });
const checker = program.getTypeChecker();
const source = program.getSourceFile(modelFile)!;
const declarations = new Map<string, ts.InterfaceDeclaration | ts.TypeAliasDeclaration>();
source.forEachChild((node) => {
  if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) declarations.set(node.name.text, node);
});

/** The type a table entry names. */
function typeOf(expression: string): ts.Type {
  const [name, ...steps] = expression.split(/(?=[.|])/);
  const declaration = declarations.get(name);
  if (!declaration) throw new Error(`src/model.ts declares no type ${name}`);
  let type = checker.getTypeAtLocation(declaration.name);
  let node: ts.TypeNode | undefined = ts.isTypeAliasDeclaration(declaration) ? declaration.type : undefined;
  for (const step of steps) {
    if (step.startsWith('|')) {
      // Union members in the order they are written, which is the order of the schema's oneOf.
      if (!node || !ts.isUnionTypeNode(node)) throw new Error(`${expression}: not a union`);
      node = node.types[Number(step.slice(1))];
      type = checker.getTypeFromTypeNode(node);
    } else {
      const property = type.getProperty(step.slice(1));
      if (!property) throw new Error(`${expression}: no property ${step}`);
      type = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(property, source));
      node = undefined;
    }
  }
  return type;
}

function propertiesOf(type: ts.Type): { names: string[]; optional: string[] } {
  const properties = checker.getPropertiesOfType(type);
  return {
    names: properties.map((p) => p.name).sort(),
    optional: properties.filter((p) => (p.flags & ts.SymbolFlags.Optional) !== 0).map((p) => p.name).sort(),
  };
}

describe('the types in src/model.ts match the schemas', () => {
  it.each(TABLE)('%s has the properties of %s.schema.json#%s', (type, schema, pointer) => {
    const object = at(schemas[schema], pointer);
    expect(object.properties, `${schema}#${pointer} lists no properties`).toBeDefined();
    const names = Object.keys(object.properties!).sort();
    const required = new Set(object.required ?? []);
    expect(propertiesOf(typeOf(type))).toEqual({ names, optional: names.filter((n) => !required.has(n)) });
  });

  it('the table covers every object with properties in every schema', () => {
    for (const schema of schemaFiles) {
      const covered = TABLE.filter(([, s]) => s === schema).map(([, , pointer]) => pointer).sort();
      expect(objectPointers(schemas[schema]).sort(), schema).toEqual(covered);
    }
  });

  it('the table covers every object type src/model.ts declares', () => {
    const named = new Set(TABLE.map(([type]) => type.split(/[.|]/)[0]));
    const objectTypes = [...declarations.values()]
      .filter((d) => ts.isInterfaceDeclaration(d) || (ts.isUnionTypeNode(d.type) ? d.type.types.some(ts.isTypeLiteralNode) : ts.isTypeLiteralNode(d.type)))
      .map((d) => d.name.text);
    expect(objectTypes.length).toBeGreaterThan(10);
    expect(objectTypes.filter((name) => !named.has(name))).toEqual([]);
  });
});
