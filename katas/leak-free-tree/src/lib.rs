//! A tree whose children are owned and whose parent links are not.
//!
//! Decide how a node points down to its children and up to its parent so
//! that dropping the root frees every node. Then fill in the functions.

use std::cell::RefCell;
use std::rc::Rc;

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    // TODO: add a link to the parent and the list of children.
    // Which of the two links may own the node at the other end?
}

/// Creates a node with no parent and no children (a new root).
pub fn new_node<T>(value: T) -> NodeRef<T> {
    let _ = value;
    todo!("wrap a fresh node around the value")
}

/// Creates a node holding `value`, appends it as the last child of `parent`
/// and returns a handle to it.
pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let _ = value;
    todo!("link a new child under {:p}", Rc::as_ptr(parent))
}

/// The parent of `node`, or `None` for a root or when the parent has already
/// been dropped.
pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    todo!("follow the link up from {:p}", Rc::as_ptr(node))
}

/// Handles to the children of `node`, in the order they were added.
pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    todo!("list the children of {:p}", Rc::as_ptr(node))
}

/// The values on the path between the (still living) root and `node`,
/// root first and `node` last, like the components of a file path.
pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    todo!("walk up from {:p}", Rc::as_ptr(node))
}

// Hint for later: a chain of 100 000 nodes must drop without overflowing the
// stack. The compiler-generated drop recurses once per level.
