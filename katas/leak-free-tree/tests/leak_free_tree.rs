use leak_free_tree::*;
use std::cell::Cell;
use std::rc::Rc;

/// A payload that counts how many times it has been dropped.
#[derive(Clone)]
struct Tracked {
    name: &'static str,
    drops: Rc<Cell<usize>>,
}

impl Drop for Tracked {
    fn drop(&mut self) {
        self.drops.set(self.drops.get() + 1);
    }
}

fn tracked(name: &'static str, drops: &Rc<Cell<usize>>) -> Tracked {
    Tracked { name, drops: Rc::clone(drops) }
}

fn names(node: &NodeRef<Tracked>) -> Vec<&'static str> {
    // path_to_root clones the payloads; those clones are dropped (and
    // counted) too, so callers measure drops relative to a baseline.
    path_to_root(node).iter().map(|t| t.name).collect()
}

#[test]
fn a_lone_root_has_no_parent_and_a_one_element_path() {
    let root = new_node(7);
    assert!(parent(&root).is_none(), "a new node must have no parent");
    assert!(children(&root).is_empty(), "a new node must have no children");
    assert_eq!(path_to_root(&root), vec![7], "path of a lone root");
    assert_eq!(root.borrow().value, 7);
}

#[test]
fn add_child_links_both_ways() {
    let root = new_node("root");
    let a = add_child(&root, "a");
    let up = parent(&a).expect("child must see its parent");
    assert!(Rc::ptr_eq(&up, &root), "parent(a) must be the very root node");
    let kids = children(&root);
    assert_eq!(kids.len(), 1, "root should have exactly one child");
    assert!(Rc::ptr_eq(&kids[0], &a), "children(root)[0] must be the node add_child returned");
}

#[test]
fn children_keep_insertion_order() {
    let root = new_node(0);
    for v in [3, 1, 2] {
        add_child(&root, v);
    }
    let got: Vec<i32> = children(&root).iter().map(|c| c.borrow().value).collect();
    assert_eq!(got, vec![3, 1, 2], "children must come back in insertion order");
}

#[test]
fn path_runs_from_root_to_node() {
    let root = new_node("/");
    let usr = add_child(&root, "usr");
    let _etc = add_child(&root, "etc");
    let lib = add_child(&usr, "lib");
    let rust = add_child(&lib, "rüst-ツール");
    assert_eq!(path_to_root(&rust), vec!["/", "usr", "lib", "rüst-ツール"], "path of the deepest node");
    assert_eq!(path_to_root(&usr), vec!["/", "usr"], "path of a middle node");
}

#[test]
fn duplicate_values_are_still_distinct_nodes() {
    let root = new_node(1);
    let a = add_child(&root, 1);
    let b = add_child(&root, 1);
    let c = add_child(&a, 1);
    assert!(!Rc::ptr_eq(&a, &b), "two children with equal values are different nodes");
    assert_eq!(path_to_root(&c), vec![1, 1, 1], "path through equal values");
    assert!(Rc::ptr_eq(&parent(&c).unwrap(), &a), "c hangs under a, not b");
}

#[test]
fn children_do_not_own_their_parent() {
    let root = new_node(0);
    let kids: Vec<_> = (1..=4).map(|v| add_child(&root, v)).collect();
    let _grandchild = add_child(&kids[0], 10);
    assert_eq!(Rc::strong_count(&root), 1, "only the test's handle may own the root");
    assert_eq!(Rc::weak_count(&root), 4, "each child should point up with a weak link");
    assert_eq!(Rc::strong_count(&kids[0]), 2, "a child is owned by its parent and by the test's handle");
}

#[test]
fn dropping_the_root_frees_every_node() {
    let drops = Rc::new(Cell::new(0));
    let root = new_node(tracked("root", &drops));
    let a = add_child(&root, tracked("a", &drops));
    let b = add_child(&a, tracked("b", &drops));
    let _c = add_child(&root, tracked("c", &drops));
    let watch_leaf = Rc::downgrade(&b);
    let watch_root = Rc::downgrade(&root);
    drop((a, b, _c));
    assert_eq!(drops.get(), 0, "nothing may be freed while the root is alive");
    drop(root);
    assert_eq!(drops.get(), 4, "all 4 payloads must be dropped with the root");
    assert!(watch_leaf.upgrade().is_none(), "the leaf must be gone");
    assert!(watch_root.upgrade().is_none(), "the root must be gone");
}

#[test]
fn a_held_subtree_survives_its_parent() {
    let drops = Rc::new(Cell::new(0));
    let root = new_node(tracked("root", &drops));
    let a = add_child(&root, tracked("a", &drops));
    let b = add_child(&a, tracked("b", &drops));
    drop(a);
    let before = drops.get();
    drop(root);
    assert_eq!(drops.get() - before, 2, "root and a (owned only by root) are freed; b is still held by the test");
    assert!(parent(&b).is_none(), "b's parent a was freed with the root: parent(b) must be None");
    assert_eq!(names(&b), vec!["b"], "path of a node whose ancestors are gone");
    let before = drops.get();
    drop(b);
    assert_eq!(drops.get() - before, 1, "dropping the last handle to b frees it");
}

#[test]
fn a_deep_chain_gives_its_full_path() {
    const DEPTH: u32 = 30_000;
    let root = new_node(0u32);
    let mut leaf = Rc::clone(&root);
    for i in 1..DEPTH {
        leaf = add_child(&leaf, i);
    }
    let path = path_to_root(&leaf);
    assert_eq!(path.len(), DEPTH as usize, "path length of a {DEPTH}-deep chain");
    if let Some(bad) = (0..DEPTH).find(|&i| path[i as usize] != i) {
        panic!("path[{bad}] = {}, want {bad} (path must be 0, 1, ..., {})", path[bad as usize], DEPTH - 1);
    }
}

#[test]
fn a_very_deep_chain_drops_without_overflowing_the_stack() {
    const DEPTH: usize = 100_000;
    let drops = Rc::new(Cell::new(0));
    let root = new_node(tracked("n0", &drops));
    let mut leaf = Rc::clone(&root);
    for _ in 1..DEPTH {
        leaf = add_child(&leaf, tracked("n", &drops));
    }
    let watch = Rc::downgrade(&leaf);
    drop(leaf);
    // The compiler-generated drop recurses once per level: 100 000 levels
    // overflow the stack unless Node tears its subtree down iteratively.
    drop(root);
    assert_eq!(drops.get(), DEPTH, "every node of the {DEPTH}-deep chain must be freed");
    assert!(watch.upgrade().is_none(), "the deepest node must be gone");
}

#[test]
fn a_wide_tree_frees_everything() {
    let drops = Rc::new(Cell::new(0));
    let root = new_node(tracked("root", &drops));
    for _ in 0..1000 {
        let mid = add_child(&root, tracked("mid", &drops));
        for _ in 0..3 {
            add_child(&mid, tracked("leaf", &drops));
        }
    }
    assert_eq!(children(&root).len(), 1000, "root should have 1000 children");
    drop(root);
    assert_eq!(drops.get(), 4001, "1 root + 1000 mids + 3000 leaves must be dropped");
}
