// learner: slow
// why: path_to_root is O(d^2) time, target O(d): PrependValue inserts at index 0, shifting the whole path each step
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    weak_parent_reference: Weak<RefCell<Node<T>>>,
    owned_children: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut release_queue: Vec<NodeRef<T>> = std::mem::take(&mut self.owned_children);
        while let Some(candidate) = release_queue.pop() {
            if Rc::strong_count(&candidate) != 1 {
                continue;
            }
            if let Ok(cell) = Rc::try_unwrap(candidate) {
                let mut node = cell.into_inner();
                release_queue.append(&mut node.owned_children);
            }
        }
    }
}

struct PathBuilder<T> {
    values_from_root: Vec<T>,
}

impl<T: Clone> PathBuilder<T> {
    fn new() -> Self {
        PathBuilder { values_from_root: Vec::new() }
    }

    fn prepend_value(&mut self, value: T) {
        self.values_from_root.insert(0, value);
    }

    fn build(self) -> Vec<T> {
        self.values_from_root
    }
}

/// Creates a node with no parent and no children (a new root).
pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, weak_parent_reference: Weak::new(), owned_children: Vec::new() }))
}

/// Creates a node holding `value`, appends it as the last child of `parent`
/// and returns a handle to it.
pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child_node = Rc::new(RefCell::new(Node {
        value,
        weak_parent_reference: Rc::downgrade(parent),
        owned_children: Vec::new(),
    }));
    parent.borrow_mut().owned_children.push(Rc::clone(&child_node));
    child_node
}

/// The parent of `node`, or `None` for a root or when the parent has already
/// been dropped.
pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().weak_parent_reference.upgrade()
}

/// Handles to the children of `node`, in the order they were added.
pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().owned_children.iter().map(Rc::clone).collect()
}

/// The values on the path between the (still living) root and `node`,
/// root first and `node` last, like the components of a file path.
pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path_builder = PathBuilder::new();
    let mut current_node = Rc::clone(node);
    loop {
        path_builder.prepend_value(current_node.borrow().value.clone());
        let parent_node = match parent(&current_node) {
            Some(parent_node) => parent_node,
            None => break,
        };
        current_node = parent_node;
    }
    path_builder.build()
}
