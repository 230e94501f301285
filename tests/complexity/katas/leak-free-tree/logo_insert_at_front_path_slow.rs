// learner: slow
// idiom: logo teacher: Weak parent / Vec children, but path_to_root builds the path with insert(0, value) like FPUT
// why: misses path_to_root O(d): every insert at the front shifts the whole path built so far, O(d) per step, O(d^2) in total
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    the_parent: Weak<RefCell<Node<T>>>,
    the_children: Vec<NodeRef<T>>,
}

/// Creates a node with no parent and no children (a new root).
pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, the_parent: Weak::new(), the_children: Vec::new() }))
}

/// Creates a node holding `value`, appends it as the last child of `parent`
/// and returns a handle to it.
pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node {
        value,
        the_parent: Rc::downgrade(parent),
        the_children: Vec::new(),
    }));
    parent.borrow_mut().the_children.push(child.clone());
    child
}

/// The parent of `node`, or `None` for a root or when the parent has already
/// been dropped.
pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().the_parent.upgrade()
}

/// Handles to the children of `node`, in the order they were added.
pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().the_children.clone()
}

/// The values on the path between the (still living) root and `node`,
/// root first and `node` last, like the components of a file path.
pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    // Like Logo's FPUT: each value we meet going up goes in FRONT of the path,
    // so the path is already in root-first order when we reach the top.
    let mut path = Vec::new();
    let mut current_node = Some(node.clone());
    while let Some(here) = current_node {
        path.insert(0, here.borrow().value.clone());
        current_node = parent(&here);
    }
    path
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut pile = std::mem::take(&mut self.the_children);
        while let Some(child) = pile.pop() {
            if let Ok(cell) = Rc::try_unwrap(child) {
                let mut lonely_node = cell.into_inner();
                pile.append(&mut lonely_node.the_children);
            }
        }
    }
}
