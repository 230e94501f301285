// learner: optimal
// idiom: Nix: Weak up / Rc down, path built like `lib.reverseList (genericClosure-ish walk up)` with iter::successors, iterative Drop as a worklist
// why: add_child is one Vec push, parent one Weak::upgrade, path_to_root pushes d values then reverses once: O(d)

use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    // the "up" edge is only a name for the parent, never an owner of it
    up: Weak<RefCell<Node<T>>>,
    // the "down" edges own the subtree
    kids: Vec<NodeRef<T>>,
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up: Weak::new(), kids: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node {
        value,
        up: Rc::downgrade(parent),
        kids: Vec::new(),
    }));
    parent.borrow_mut().kids.push(Rc::clone(&child));
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().kids.iter().map(Rc::clone).collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    // ancestors = successors node parent   -- a lazy list, like a generator in nix
    let ancestors = std::iter::successors(Some(Rc::clone(node)), |n| parent(n));
    let mut up_path: Vec<T> = ancestors.map(|n| n.borrow().value.clone()).collect();
    up_path.reverse(); // reverseList, once
    up_path
}

// The derived drop would recurse once per level; flatten it into a worklist
// instead (a `foldl'` over a queue of subtrees we are the last owner of).
impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut work: Vec<NodeRef<T>> = std::mem::take(&mut self.kids);
        while let Some(kid) = work.pop() {
            if let Ok(cell) = Rc::try_unwrap(kid) {
                let mut inner = cell.into_inner();
                work.append(&mut inner.kids);
                // `inner` goes away here with no kids left: no recursion
            }
        }
    }
}
