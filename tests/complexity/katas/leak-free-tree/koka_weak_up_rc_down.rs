// learner: optimal
// idiom: Koka: ownership as a sum type -- `Up::Root | Up::Child(Weak)` for the upward link, owning Rc children down; path built by an accumulator loop then reversed once; iterative Drop over an explicit agenda
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// Where a node hangs: nowhere, or under a parent it does not own.
enum Up<T> {
    Root,
    Child(Weak<RefCell<Node<T>>>),
}

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    up: Up<T>,
    children: Vec<NodeRef<T>>,
}

fn wrap<T>(value: T, up: Up<T>) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up, children: Vec::new() }))
}

/// Creates a node with no parent and no children (a new root).
pub fn new_node<T>(value: T) -> NodeRef<T> {
    wrap(value, Up::Root)
}

/// Creates a node holding `value`, appends it as the last child of `parent`
/// and returns a handle to it.
pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = wrap(value, Up::Child(Rc::downgrade(parent)));
    parent.borrow_mut().children.push(Rc::clone(&child));
    child
}

/// The parent of `node`, or `None` for a root or when the parent has already
/// been dropped.
pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    match &node.borrow().up {
        Up::Root => None,
        Up::Child(weak) => weak.upgrade(),
    }
}

/// Handles to the children of `node`, in the order they were added.
pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.iter().map(Rc::clone).collect()
}

/// The values on the path between the (still living) root and `node`,
/// root first and `node` last.
pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut acc = Vec::new();
    let mut here = Some(Rc::clone(node));
    while let Some(n) = here {
        acc.push(n.borrow().value.clone());
        here = parent(&n);
    }
    acc.reverse();
    acc
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        // Unlink the subtree level by level instead of letting drop glue recurse.
        let mut agenda = std::mem::take(&mut self.children);
        while let Some(child) = agenda.pop() {
            match Rc::try_unwrap(child) {
                Ok(cell) => {
                    let mut node = cell.into_inner();
                    agenda.append(&mut node.children);
                    // `node` drops here with no children left
                }
                Err(_still_shared) => {} // someone else holds it: it lives on
            }
        }
    }
}
