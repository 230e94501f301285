//! Which kata a file belongs to, and where a kata's items are in a file:
//! the graded items (`[[target]] item`) and test functions, found with
//! tree-sitter.

use super::measured::Growth;
use crate::analysis::complexity::{self, ItemEstimate};
use crate::analysis::CompiledRules;
use crate::catalog::{Kata, Pack, Target};
use crate::practice::{kata_of_path, KataProgress, Workspace};
use crate::runner::CrateRef;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use tower_lsp_server::ls_types::{Diagnostic, NumberOrString};
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
    pub state: Mutex<RunState>,
}

/// The outcome of the last test run, as the learner saw it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunSummary {
    pub passed: usize,
    pub failed: usize,
    pub build_errors: usize,
    pub problem: Option<String>,
    pub solved: bool,
}

impl RunSummary {
    pub fn total(&self) -> usize {
        self.passed + self.failed
    }

    /// One line for lenses, hovers and the summary diagnostic.
    pub fn status(&self) -> String {
        if let Some(problem) = &self.problem {
            return format!("tests did not run: {problem}");
        }
        if self.build_errors > 0 {
            let s = if self.build_errors == 1 { "" } else { "s" };
            return format!("does not compile: {} error{s}", self.build_errors);
        }
        if self.solved {
            return format!("solved: all {} tests pass", self.passed);
        }
        format!("{}/{} tests pass", self.passed, self.total())
    }
}

#[derive(Default)]
pub struct RunState {
    pub running: bool,
    pub last: Option<RunSummary>,
    /// Diagnostics of the last run (and of its measurement), by file.
    pub diagnostics: BTreeMap<PathBuf, Vec<Diagnostic>>,
    /// The measured growth of the code the last finished run tested.
    pub growth: Growth,
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
        KataCtx {
            kata: kata.clone(),
            crate_dir,
            workspace,
            cargo_root,
            rules,
            state: Mutex::new(RunState::default()),
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

    pub fn krate(&self) -> CrateRef {
        CrateRef {
            workspace: self.cargo_root.clone(),
            package: self.id().to_string(),
            crate_dir: self.crate_dir.clone(),
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

    pub fn last_run(&self) -> Option<RunSummary> {
        self.state
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .last
            .clone()
    }

    pub fn is_running(&self) -> bool {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).running
    }

    /// A file's run diagnostics; empty when the last run found nothing there.
    pub fn run_diagnostics(&self, path: &Path) -> Vec<Diagnostic> {
        let state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.diagnostics.get(path).cloned().unwrap_or_default()
    }

    /// Stores a run's diagnostics; returns every file whose diagnostics
    /// changed (the old ones must be cleared too). The measured growth of
    /// the code before the run no longer applies: it is forgotten, or
    /// marked as being measured again when `measuring`.
    pub fn set_run_diagnostics(
        &self,
        summary: RunSummary,
        diagnostics: BTreeMap<PathBuf, Vec<Diagnostic>>,
        measuring: bool,
    ) -> BTreeSet<PathBuf> {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let mut touched: BTreeSet<PathBuf> = state.diagnostics.keys().cloned().collect();
        touched.extend(diagnostics.keys().cloned());
        state.diagnostics = diagnostics;
        state.last = Some(summary);
        state.growth = if measuring {
            Growth::Measuring
        } else {
            Growth::Unknown
        };
        touched
    }

    pub fn growth(&self) -> Growth {
        self.state
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .growth
            .clone()
    }

    /// Stores a measurement and puts its diagnostics in place of those of
    /// an earlier one, next to the run's; returns the files whose
    /// diagnostics changed.
    pub fn set_growth(
        &self,
        growth: Growth,
        diagnostics: BTreeMap<PathBuf, Vec<Diagnostic>>,
    ) -> BTreeSet<PathBuf> {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let mut touched: BTreeSet<PathBuf> = diagnostics.keys().cloned().collect();
        for (path, diags) in state.diagnostics.iter_mut() {
            let before = diags.len();
            diags.retain(|d| !is_growth_diagnostic(d));
            if diags.len() != before {
                touched.insert(path.clone());
            }
        }
        for (path, mut diags) in diagnostics {
            let all = state.diagnostics.entry(path).or_default();
            all.append(&mut diags);
            all.sort_by_key(|d| (d.range.start.line, d.range.start.character));
        }
        state.growth = growth;
        touched
    }
}

/// A diagnostic of a measurement (not of the tests).
fn is_growth_diagnostic(d: &Diagnostic) -> bool {
    matches!(&d.code, Some(NumberOrString::String(c)) if c == GROWTH_CODE)
}

/// The code of the warning a "too slow" measurement puts on graded items.
pub const GROWTH_CODE: &str = "complexity/measured-growth";

/// The static complexity estimates of a file; empty if the estimator
/// fails (it is young; a bug there must not cost the learner a hover).
pub fn estimates(text: &str, tree: &Tree) -> Vec<ItemEstimate> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        complexity::estimate(text, tree)
    }))
    .unwrap_or_default()
}

/// The estimate of a graded item, as one line. A body that still calls
/// `todo!()` has nothing to estimate yet.
pub fn estimate_of(estimates: &[ItemEstimate], item: &GradedItem) -> Option<String> {
    complexity::find(estimates, &item.target.item).map(|e| {
        if e.unwritten {
            "not written yet".to_string()
        } else {
            e.summary()
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

    #[test]
    fn summary_lines() {
        let mut s = RunSummary {
            passed: 7,
            failed: 1,
            ..RunSummary::default()
        };
        assert_eq!(s.status(), "7/8 tests pass");
        s.build_errors = 2;
        assert_eq!(s.status(), "does not compile: 2 errors");
    }
}
