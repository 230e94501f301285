//! What code lenses and inlay hints say about graded items (the handlers
//! are `handlers::{code_lens, inlay_hint}`): which items of a file are
//! graded, and the complexity target's label.

use super::katas::{graded_items, GradedItem, KataCtx, Role};
use tree_sitter::Tree;

/// The graded items of a file: only the solution (under `src/`) has any.
pub fn graded(kata: &KataCtx, role: Role, text: &str, tree: Option<&Tree>) -> Vec<GradedItem> {
    match (tree, role) {
        (Some(tree), Role::Solution) => graded_items(tree, text, &kata.kata.spec.targets),
        _ => Vec::new(),
    }
}

pub fn complexity_label(item: &GradedItem) -> String {
    let mut label = format!("target {} time", item.target.time);
    if let Some(space) = &item.target.space {
        label.push_str(&format!(", {space} space"));
    }
    label
}
