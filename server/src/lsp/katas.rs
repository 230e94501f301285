//! Which kata a file belongs to, and where a kata's items are in a file:
//! the graded items (`[[target]] item`) and test functions, found with
//! tree-sitter.

use crate::analysis::complexity::{self, ItemEstimate};
use crate::analysis::CompiledRules;
use crate::catalog::{Kata, Pack, Target};
use crate::engine::{record, CheckOutcome};
use crate::practice::{kata_of_path, KataProgress, Workspace};
use parking_lot::{Mutex, MutexGuard};
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::{Path, PathBuf};
use tower_lsp_server::ls_types::Diagnostic;
use tree_sitter::{Node, Tree};

/// A started kata: its crate in the practice workspace and what the server
/// knows about it.
pub struct KataCtx {
    pub kata: Kata,
    pub crate_dir: PathBuf,
    /// The practice workspace, when the crate is inside one.
    pub workspace: Option<Workspace>,
    /// Where cargo runs: the practice workspace root, else the crate.
    pub cargo_root: PathBuf,
    pub rules: CompiledRules,
    state: Mutex<RunState>,
}

/// What the server knows of the kata's checks.
#[derive(Default)]
pub struct RunState {
    /// A check is building or testing.
    pub running: bool,
    /// The tests passed and the probe is being built or run.
    pub measuring: bool,
    /// The last finished check (restored from `.kata/outcomes/` at start).
    pub last: Option<CheckOutcome>,
    /// Diagnostics of the last check, by file; `None` until computed for a
    /// restored outcome.
    pub diagnostics: Option<BTreeMap<PathBuf, Vec<Diagnostic>>>,
}

/// What a file is to its kata.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Under `src/`: the learner's solution; the kata's rules apply.
    Solution,
    /// Any other Rust file of the crate (tests): syntax only.
    Other,
}

impl KataCtx {
    /// The kata of the crate containing `path`, if the crate records a
    /// kata id that the pack knows.
    pub fn for_path(pack: &Pack, path: &Path) -> Option<(PathBuf, String)> {
        let (crate_dir, id) = kata_of_path(path)?;
        pack.get(&id)?;
        Some((crate_dir, id))
    }

    pub fn new(kata: &Kata, crate_dir: PathBuf) -> KataCtx {
        let workspace = Workspace::discover(&crate_dir).ok();
        let cargo_root = workspace
            .as_ref()
            .map_or_else(|| crate_dir.clone(), |ws| ws.root.clone());
        let (rules, errors) = CompiledRules::compile(&kata.spec);
        for error in errors {
            super::log(format_args!("kata `{}`: {error}", kata.id()));
        }
        let state = Mutex::new(RunState {
            last: workspace
                .as_ref()
                .and_then(|ws| record::last_outcome(ws, kata.id())),
            ..RunState::default()
        });
        KataCtx {
            kata: kata.clone(),
            crate_dir,
            workspace,
            cargo_root,
            rules,
            state,
        }
    }

    pub fn id(&self) -> &str {
        self.kata.id()
    }

    pub fn role(&self, path: &Path) -> Role {
        match path.strip_prefix(&self.crate_dir) {
            Ok(rel) if rel.starts_with("src") => Role::Solution,
            _ => Role::Other,
        }
    }

    pub fn lib_path(&self) -> PathBuf {
        self.crate_dir.join("src").join("lib.rs")
    }

    pub fn progress(&self) -> KataProgress {
        self.workspace
            .as_ref()
            .and_then(|ws| ws.progress().read().ok())
            .map(|p| p.get(self.id()))
            .unwrap_or_default()
    }

    fn state(&self) -> MutexGuard<'_, RunState> {
        self.state.lock()
    }

    /// The last finished check.
    pub fn last_outcome(&self) -> Option<CheckOutcome> {
        self.state().last.clone()
    }

    pub fn is_running(&self) -> bool {
        self.state().running
    }

    pub fn is_measuring(&self) -> bool {
        self.state().measuring
    }

    pub fn set_running(&self, running: bool) {
        let mut state = self.state();
        state.running = running;
        if !running {
            state.measuring = false;
        }
    }

    pub fn set_measuring(&self) {
        self.state().measuring = true;
    }

    /// A file's diagnostics from the last check; empty when it found
    /// nothing there. A restored outcome's are computed on first use.
    pub fn run_diagnostics(
        &self,
        path: &Path,
        compute: impl FnOnce(&CheckOutcome) -> BTreeMap<PathBuf, Vec<Diagnostic>>,
    ) -> Vec<Diagnostic> {
        let mut state = self.state();
        if state.diagnostics.is_none() {
            let computed = state.last.as_ref().map(compute).unwrap_or_default();
            state.diagnostics = Some(computed);
        }
        state
            .diagnostics
            .as_ref()
            .and_then(|d| d.get(path).cloned())
            .unwrap_or_default()
    }

    /// Stores a finished check and its diagnostics; returns every file
    /// whose diagnostics changed (the old ones must be cleared too).
    pub fn set_outcome(
        &self,
        outcome: Option<CheckOutcome>,
        diagnostics: BTreeMap<PathBuf, Vec<Diagnostic>>,
    ) -> BTreeSet<PathBuf> {
        let mut state = self.state();
        let mut touched: BTreeSet<PathBuf> = state
            .diagnostics
            .iter()
            .flat_map(|d| d.keys().cloned())
            .collect();
        touched.extend(diagnostics.keys().cloned());
        touched.insert(self.lib_path());
        state.diagnostics = Some(diagnostics);
        state.last = outcome;
        state.measuring = false;
        touched
    }
}

pub use crate::engine::check::estimates;

/// The code of the warning a "too slow" measurement puts on graded items.
pub const GROWTH_CODE: &str = "complexity/measured-growth";

/// The estimate of a graded item, as one line. A body that still calls
/// `todo!()` has nothing to estimate yet.
pub fn estimate_of(estimates: &[ItemEstimate], item: &GradedItem) -> Option<String> {
    complexity::find(estimates, &item.target.item).map(|e| {
        if e.unwritten {
            "not written yet".to_string()
        } else {
            e.summary_for(&item.target.time)
        }
    })
}

/// A function of the learner's file that the kata grades.
#[derive(Debug, Clone)]
pub struct GradedItem {
    pub target: Target,
    /// The function's name.
    pub name: Range<usize>,
    /// The whole `fn` item.
    pub item: Range<usize>,
}

fn text_of<'a>(node: Node, text: &'a str) -> &'a str {
    text.get(node.start_byte()..node.end_byte()).unwrap_or("")
}

/// The type an `impl` block is for, without generics or path.
fn impl_type_name<'a>(impl_item: Node, text: &'a str) -> Option<&'a str> {
    let mut ty = impl_item.child_by_field_name("type")?;
    loop {
        match ty.kind() {
            "generic_type" => ty = ty.child_by_field_name("type")?,
            "scoped_type_identifier" => ty = ty.child_by_field_name("name")?,
            "reference_type" => ty = ty.child_by_field_name("type")?,
            _ => return Some(text_of(ty, text)),
        }
    }
}

/// Every `fn` item of the tree with its enclosing `impl` type, if any, and
/// its enclosing modules.
fn functions<'t>(tree: &'t Tree, text: &str) -> Vec<(Node<'t>, Option<String>, Vec<String>)> {
    let mut out = Vec::new();
    let mut stack = vec![(tree.root_node(), None::<String>, Vec::<String>::new())];
    while let Some((node, impl_ty, mods)) = stack.pop() {
        let mut cursor = node.walk();
        let children: Vec<Node> = node.named_children(&mut cursor).collect();
        for child in children.into_iter().rev() {
            match child.kind() {
                "function_item" => out.push((child, impl_ty.clone(), mods.clone())),
                "impl_item" => {
                    let ty = impl_type_name(child, text).map(str::to_string);
                    if let Some(body) = child.child_by_field_name("body") {
                        stack.push((body, ty, mods.clone()));
                    }
                }
                "mod_item" => {
                    let mut mods = mods.clone();
                    if let Some(name) = child.child_by_field_name("name") {
                        mods.push(text_of(name, text).to_string());
                    }
                    if let Some(body) = child.child_by_field_name("body") {
                        stack.push((body, impl_ty.clone(), mods));
                    }
                }
                "declaration_list" | "ERROR" => stack.push((child, impl_ty.clone(), mods.clone())),
                _ => {}
            }
        }
    }
    out.sort_by_key(|(n, _, _)| n.start_byte());
    out
}

/// The graded items present in the file, in file order.
pub fn graded_items(tree: &Tree, text: &str, targets: &[Target]) -> Vec<GradedItem> {
    let mut items = Vec::new();
    for (node, impl_ty, _) in functions(tree, text) {
        let Some(name) = node.child_by_field_name("name") else {
            continue;
        };
        let fn_name = text_of(name, text);
        let target = targets.iter().find(|t| match t.item.rsplit_once("::") {
            Some((ty, method)) => {
                method == fn_name && impl_ty.as_deref().is_some_and(|i| ty.ends_with(i))
            }
            None => impl_ty.is_none() && t.item == fn_name,
        });
        if let Some(target) = target {
            items.push(GradedItem {
                target: target.clone(),
                name: name.start_byte()..name.end_byte(),
                item: node.start_byte()..node.end_byte(),
            });
        }
    }
    items
}

/// The name of the test function `test` (a libtest name such as
/// `tests::empty`), preferring one whose modules match.
pub fn find_test_fn(tree: &Tree, text: &str, test: &str) -> Option<Range<usize>> {
    let mut segments: Vec<&str> = test.split("::").collect();
    let name = segments.pop()?;
    let mut fallback = None;
    for (node, _, mods) in functions(tree, text) {
        let Some(ident) = node.child_by_field_name("name") else {
            continue;
        };
        if text_of(ident, text) != name {
            continue;
        }
        let range = ident.start_byte()..ident.end_byte();
        if mods.iter().map(String::as_str).eq(segments.iter().copied()) {
            return Some(range);
        }
        fallback.get_or_insert(range);
    }
    fallback
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::parse;

    fn target(item: &str) -> Target {
        Target {
            item: item.into(),
            time: "O(1)".into(),
            space: None,
        }
    }

    #[test]
    fn finds_free_functions_and_methods() {
        let text = "fn get() {}\nstruct Lru<K>(K);\nimpl<K> Lru<K> {\n    fn get(&self) {}\n    fn put(&mut self) {}\n}\nmod m { fn helper() {} }\n";
        let tree = parse(text);
        let found: Vec<(String, &str)> =
            graded_items(&tree, text, &[target("Lru::get"), target("helper")])
                .iter()
                .map(|g| (g.target.item.clone(), &text[g.name.clone()]))
                .collect();
        // `helper` inside a module is a free function too.
        assert_eq!(
            found,
            [
                ("Lru::get".to_string(), "get"),
                ("helper".to_string(), "helper")
            ]
        );
        let free = graded_items(&tree, text, &[target("get")]);
        assert_eq!(free.len(), 1);
        assert_eq!(free[0].name, 3..6);
    }

    #[test]
    fn finds_test_functions_by_libtest_name() {
        let text = "#[test]\nfn a() {}\nmod inner {\n    #[test]\n    fn a() {}\n}\n";
        let tree = parse(text);
        let top = find_test_fn(&tree, text, "a").unwrap();
        let inner = find_test_fn(&tree, text, "inner::a").unwrap();
        assert_eq!(top, 11..12);
        assert_eq!(&text[inner.clone()], "a");
        assert!(inner.start > 30);
        assert_eq!(find_test_fn(&tree, text, "missing"), None);
    }
}
