// learner: slow
// why: path_to_root is O(d^2) time, target O(d): builds the root-first path with insert(0, ..), shifting the whole Vec at every level
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    parent: Weak<RefCell<Node<T>>>,
    children: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut stack = std::mem::take(&mut self.children);
        while let Some(c) = stack.pop() {
            if let Ok(cell) = Rc::try_unwrap(c) {
                let mut n = cell.into_inner();
                stack.append(&mut n.children);
            }
        }
    }
}

/// Creates a node with no parent and no children (a new root).
pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: Weak::new(), children: Vec::new() }))
}

/// Creates a node holding `value`, appends it as the last child of `parent`
/// and returns a handle to it.
pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let c = Rc::new(RefCell::new(Node {
        value,
        parent: Rc::downgrade(parent),
        children: Vec::new(),
    }));
    parent.borrow_mut().children.push(c.clone());
    c
}

/// The parent of `node`, or `None` for a root or when the parent has already
/// been dropped.
pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.upgrade()
}

/// Handles to the children of `node`, in the order they were added.
pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.clone()
}

/// The values on the path between the (still living) root and `node`,
/// root first and `node` last, like the components of a file path.
pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path = Vec::new();
    let mut cur = Some(node.clone());
    while let Some(n) = cur {
        path.insert(0, n.borrow().value.clone());
        cur = parent(&n);
    }
    path
}
