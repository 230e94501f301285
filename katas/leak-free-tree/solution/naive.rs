//! A tree whose children are owned (`Rc`) and whose parent links are not (`Weak`).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    /// Non-owning link up: a parent is kept alive by its own parent (or by
    /// whoever holds the root), never by its children.
    parent: Weak<RefCell<Node<T>>>,
    /// Owning links down.
    children: Vec<NodeRef<T>>,
}

/// Creates a node with no parent and no children (a new root).
pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node {
        value,
        parent: Weak::new(),
        children: Vec::new(),
    }))
}

/// Creates a node holding `value`, appends it as the last child of `parent`
/// and returns a handle to it.
pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node {
        value,
        parent: Rc::downgrade(parent),
        children: Vec::new(),
    }));
    parent.borrow_mut().children.push(Rc::clone(&child));
    child
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
    let mut path = vec![node.borrow().value.clone()];
    let mut current = parent(node);
    while let Some(up) = current {
        // Root first: put each ancestor in front of what we have so far.
        path.insert(0, up.borrow().value.clone());
        current = parent(&up);
    }
    path
}

impl<T> Drop for Node<T> {
    /// Tears the subtree down with an explicit stack instead of recursion, so
    /// that a very deep tree cannot overflow the call stack.
    fn drop(&mut self) {
        let mut pending = std::mem::take(&mut self.children);
        while let Some(child) = pending.pop() {
            // Only descend into children nobody else holds; a child with
            // another owner lives on as the root of its own subtree.
            if let Ok(cell) = Rc::try_unwrap(child) {
                let mut node = cell.into_inner();
                pending.append(&mut node.children);
                // `node` is dropped here with no children left: no recursion.
            }
        }
    }
}
