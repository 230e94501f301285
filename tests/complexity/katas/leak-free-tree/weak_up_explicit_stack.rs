// learner: optimal
// idiom: Weak parent + Vec children, iterative Drop with an explicit Vec stack, walk-up then in-place swap reverse with two indices
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    up: Weak<RefCell<Node<T>>>,
    kids: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut stack: Vec<NodeRef<T>> = std::mem::take(&mut self.kids);
        loop {
            let top = match stack.pop() {
                Some(t) => t,
                None => break,
            };
            if let Ok(cell) = Rc::try_unwrap(top) {
                let mut node = cell.into_inner();
                let mut grand = std::mem::take(&mut node.kids);
                stack.append(&mut grand);
                // `node` drops here with no children: no recursion
            }
        }
    }
}

/// Creates a node with no parent and no children (a new root).
pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up: Weak::new(), kids: Vec::new() }))
}

/// Creates a node holding `value`, appends it as the last child of `parent`
/// and returns a handle to it.
pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node {
        value,
        up: Rc::downgrade(parent),
        kids: Vec::new(),
    }));
    parent.borrow_mut().kids.push(Rc::clone(&child));
    child
}

/// The parent of `node`, or `None` for a root or when the parent has already
/// been dropped.
pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up.upgrade()
}

/// Handles to the children of `node`, in the order they were added.
pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let n = node.borrow();
    let mut out: Vec<NodeRef<T>> = Vec::with_capacity(n.kids.len());
    let mut i: usize = 0;
    while i < n.kids.len() {
        out.push(Rc::clone(&n.kids[i]));
        i += 1;
    }
    out
}

/// The values on the path between the (still living) root and `node`,
/// root first and `node` last, like the components of a file path.
pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    let mut cur: NodeRef<T> = Rc::clone(node);
    loop {
        out.push(cur.borrow().value.clone());
        let up = cur.borrow().up.upgrade();
        match up {
            Some(p) => cur = p,
            None => break,
        }
    }
    // reverse in place
    let mut lo: usize = 0;
    let mut hi: usize = out.len();
    while lo + 1 < hi {
        hi -= 1;
        out.swap(lo, hi);
        lo += 1;
    }
    out
}
