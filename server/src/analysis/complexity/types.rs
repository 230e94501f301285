//! Just enough type inference to price std calls: the collection kind of a
//! variable, from `let` annotations and initialisers, parameter types and
//! struct fields.

use super::text;
use tree_sitter::Node;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Vec,
    Slice,
    /// `[T; N]` with a constant `N`: iterating it is O(1) in `n`.
    Array,
    VecDeque,
    LinkedList,
    HashMap,
    HashSet,
    BTreeMap,
    BTreeSet,
    BinaryHeap,
    String,
    Str,
    /// Numbers, `bool`, `char`: never n-sized.
    Scalar,
    Range,
    /// Box, RefCell, Cell, Mutex, RwLock, Option, Cow, &: look through to
    /// the first argument.
    Wrapper,
    /// Rc, Arc: looked through like a wrapper, but a clone is a count bump.
    Shared,
    /// A struct of this file.
    Named(String),
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ty {
    pub kind: Kind,
    pub args: Vec<Ty>,
    /// `char`, `u8`, `i8`, `bool`: a type of a few values fixed in advance,
    /// so an ordered map or set keyed by it holds a bounded number of
    /// entries and a lookup costs O(log σ), a constant (a trie node's
    /// `BTreeMap<char, Node>` children).
    pub few_values: bool,
}

impl Ty {
    pub const UNKNOWN: Ty = Ty {
        kind: Kind::Unknown,
        args: Vec::new(),
        few_values: false,
    };

    pub fn of(kind: Kind) -> Ty {
        Ty::with_args(kind, Vec::new())
    }

    pub fn with_args(kind: Kind, args: Vec<Ty>) -> Ty {
        Ty {
            kind,
            args,
            few_values: false,
        }
    }

    /// An ordered map or set whose keys are of a type with few values.
    pub fn keyed_by_few_values(&self) -> bool {
        let ty = self.peel();
        matches!(ty.kind, Kind::BTreeMap | Kind::BTreeSet)
            && ty.args.first().is_some_and(|key| key.few_values)
    }

    /// Looks through smart pointers, cells, locks and `Option`.
    pub fn peel(&self) -> &Ty {
        let mut ty = self;
        while matches!(ty.kind, Kind::Wrapper | Kind::Shared) {
            match ty.args.first() {
                Some(inner) => ty = inner,
                None => return &UNKNOWN_REF,
            }
        }
        ty
    }

    pub fn kind(&self) -> &Kind {
        &self.peel().kind
    }

    /// The element type of a sequence, the value type of a map.
    pub fn element(&self) -> Ty {
        let ty = self.peel();
        let index = match ty.kind {
            Kind::HashMap | Kind::BTreeMap => 1,
            _ => 0,
        };
        match ty.kind {
            Kind::String | Kind::Str => Ty::of(Kind::Scalar),
            _ => {
                let e = ty.args.get(index).cloned().unwrap_or(Ty::UNKNOWN);
                // Strings held in a collection (words, keys) count as O(1):
                // n is how many there are.
                if matches!(e.kind(), Kind::String | Kind::Str) {
                    Ty::of(Kind::Scalar)
                } else {
                    e
                }
            }
        }
    }

    /// Holds a number of elements that grows with the input.
    pub fn is_sized(&self) -> bool {
        matches!(
            self.kind(),
            Kind::Vec
                | Kind::Slice
                | Kind::VecDeque
                | Kind::LinkedList
                | Kind::HashMap
                | Kind::HashSet
                | Kind::BTreeMap
                | Kind::BTreeSet
                | Kind::BinaryHeap
                | Kind::String
                | Kind::Str
        )
    }

    /// How messages name the kind: "a Vec", "a slice".
    pub fn name(&self) -> &'static str {
        match self.kind() {
            Kind::Vec => "a Vec",
            Kind::Slice => "a slice",
            Kind::Array => "an array",
            Kind::VecDeque => "a VecDeque",
            Kind::LinkedList => "a LinkedList",
            Kind::HashMap => "a HashMap",
            Kind::HashSet => "a HashSet",
            Kind::BTreeMap => "a BTreeMap",
            Kind::BTreeSet => "a BTreeSet",
            Kind::BinaryHeap => "a BinaryHeap",
            Kind::String => "a String",
            Kind::Str => "a str",
            Kind::Scalar => "a number",
            Kind::Range => "a range",
            _ => "a value",
        }
    }
}

static UNKNOWN_REF: Ty = Ty::UNKNOWN;

/// The collection a type name stands for (last path segment).
pub fn kind_of_name(name: &str, structs: &dyn Fn(&str) -> bool) -> Kind {
    match name {
        "Vec" => Kind::Vec,
        "VecDeque" => Kind::VecDeque,
        "LinkedList" => Kind::LinkedList,
        "HashMap" => Kind::HashMap,
        "HashSet" => Kind::HashSet,
        "BTreeMap" => Kind::BTreeMap,
        "BTreeSet" => Kind::BTreeSet,
        "BinaryHeap" => Kind::BinaryHeap,
        "String" => Kind::String,
        "str" => Kind::Str,
        "Rc" | "Arc" => Kind::Shared,
        "Box" | "RefCell" | "Cell" | "Mutex" | "RwLock" | "Option" | "Cow" | "Reverse"
        | "OnceCell" | "OnceLock" | "Weak" | "MutexGuard" | "RwLockReadGuard"
        | "RwLockWriteGuard" | "Ref" | "RefMut" => Kind::Wrapper,
        "usize" | "isize" | "u8" | "u16" | "u32" | "u64" | "u128" | "i8" | "i16" | "i32"
        | "i64" | "i128" | "f32" | "f64" | "bool" | "char" => Kind::Scalar,
        other if structs(other) => Kind::Named(other.to_string()),
        _ => Kind::Unknown,
    }
}

/// The type a type node denotes.
pub fn from_type_node(node: Node, src: &str, structs: &dyn Fn(&str) -> bool) -> Ty {
    resolve(node, src, structs, true)
}

/// `from_type_node`; `aliases`: a name the file declares with `type Name
/// = ..;` stands for its definition (one level: an alias's definition is
/// read without aliases, so a cycle cannot recurse).
fn resolve(node: Node, src: &str, structs: &dyn Fn(&str) -> bool, aliases: bool) -> Ty {
    let from_type_node =
        |n: Node, src: &str, structs: &dyn Fn(&str) -> bool| resolve(n, src, structs, aliases);
    if aliases && matches!(node.kind(), "type_identifier" | "generic_type") {
        let head = match node.kind() {
            "generic_type" => node.child_by_field_name("type"),
            _ => Some(node),
        };
        if let Some(head) = head.filter(|h| h.kind() == "type_identifier") {
            let name = text(head, src);
            if kind_of_name(name, structs) == Kind::Unknown {
                if let Some(target) = alias_definition(node, name, src) {
                    return resolve(target, src, structs, false);
                }
            }
        }
    }
    match node.kind() {
        "reference_type" | "pointer_type" => match node.child_by_field_name("type") {
            Some(inner) => from_type_node(inner, src, structs),
            None => Ty::UNKNOWN,
        },
        "generic_type" => {
            let Some(head) = node.child_by_field_name("type") else {
                return Ty::UNKNOWN;
            };
            let name = last_segment(text(head, src));
            let kind = kind_of_name(name, structs);
            let mut args = Vec::new();
            if let Some(list) = node.child_by_field_name("type_arguments") {
                let mut cursor = list.walk();
                for arg in list.named_children(&mut cursor) {
                    if arg.kind() != "lifetime" {
                        args.push(from_type_node(arg, src, structs));
                    }
                }
            }
            Ty::with_args(kind, args)
        }
        "type_identifier" | "primitive_type" | "scoped_type_identifier" => {
            let name = last_segment(text(node, src));
            Ty {
                few_values: matches!(name, "char" | "u8" | "i8" | "bool"),
                ..Ty::of(kind_of_name(name, structs))
            }
        }
        "array_type" => {
            let element = node
                .child_by_field_name("element")
                .map(|e| from_type_node(e, src, structs))
                .unwrap_or(Ty::UNKNOWN);
            let kind = if node.child_by_field_name("length").is_some() {
                Kind::Array
            } else {
                Kind::Slice
            };
            Ty::with_args(kind, vec![element])
        }
        _ => Ty::UNKNOWN,
    }
}

/// The type a `type name = ..;` at the top of the file (or of the module
/// `at` is in) stands for.
fn alias_definition<'t>(at: Node<'t>, name: &str, src: &str) -> Option<Node<'t>> {
    let mut scope = at.parent();
    while let Some(s) = scope {
        if matches!(s.kind(), "source_file" | "declaration_list") {
            let mut cursor = s.walk();
            let found = s.named_children(&mut cursor).find(|item| {
                item.kind() == "type_item"
                    && item
                        .child_by_field_name("name")
                        .is_some_and(|n| text(n, src) == name)
            });
            if let Some(item) = found {
                return item.child_by_field_name("type");
            }
        }
        scope = s.parent();
    }
    None
}

pub fn last_segment(path: &str) -> &str {
    let path = path.split('<').next().unwrap_or(path);
    path.rsplit("::").next().unwrap_or(path).trim()
}
