// learner: slow
// why: path_to_root is O(d^2) time, target O(d): each ancestor is inserted at index 0 of the result Vec, shifting everything already collected
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

#[inline]
fn alloc<T>(value: T, parent: Weak<RefCell<Node<T>>>) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent, children: Vec::new() }))
}

/// Creates a node with no parent and no children (a new root).
pub fn new_node<T>(value: T) -> NodeRef<T> {
    alloc(value, Weak::new())
}

/// Creates a node holding `value`, appends it as the last child of `parent`
/// and returns a handle to it.
pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = alloc(value, Rc::downgrade(parent));
    parent.borrow_mut().children.push(Rc::clone(&child));
    child
}

/// The parent of `node`, or `None` for a root or when the parent has already
/// been dropped.
#[inline]
pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.upgrade()
}

/// Handles to the children of `node`, in the order they were added.
pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.iter().cloned().collect()
}

/// The values on the path between the (still living) root and `node`,
/// root first and `node` last, like the components of a file path.
pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    // keep it root-first as we go: every ancestor goes in front
    let mut path = vec![node.borrow().value.clone()];
    let mut cur = parent(node);
    while let Some(n) = cur {
        path.insert(0, n.borrow().value.clone());
        cur = parent(&n);
    }
    path
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
