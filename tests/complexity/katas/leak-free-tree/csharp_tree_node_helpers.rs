// learner: optimal
// idiom: C#-enterprise style: private accessor/mutator helpers on Node, guard clauses, explicit while loop with current pointer, push + reverse
//! A tree whose children are owned and whose parent links are not.
//!
//! Decide how a node points down to its children and up to its parent so
//! that dropping the root frees every node. Then fill in the functions.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    parent_link: Option<Weak<RefCell<Node<T>>>>,
    child_nodes: Vec<NodeRef<T>>,
}

impl<T> Node<T> {
    fn create_detached(value: T) -> Self {
        Node { value, parent_link: None, child_nodes: Vec::new() }
    }

    fn create_attached_to(value: T, parent_node: &NodeRef<T>) -> Self {
        Node { value, parent_link: Some(Rc::downgrade(parent_node)), child_nodes: Vec::new() }
    }

    fn resolve_parent(&self) -> Option<NodeRef<T>> {
        match &self.parent_link {
            None => None,
            Some(weak_parent) => weak_parent.upgrade(),
        }
    }

    fn append_child(&mut self, child_node: NodeRef<T>) {
        self.child_nodes.push(child_node);
    }

    fn take_child_nodes(&mut self) -> Vec<NodeRef<T>> {
        std::mem::take(&mut self.child_nodes)
    }
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut nodes_to_release = self.take_child_nodes();
        while !nodes_to_release.is_empty() {
            let next_node = nodes_to_release.pop().unwrap();
            let exclusively_owned = match Rc::try_unwrap(next_node) {
                Ok(cell) => cell,
                Err(_still_shared_elsewhere) => continue,
            };
            let mut released_node = exclusively_owned.into_inner();
            let grandchildren = released_node.take_child_nodes();
            nodes_to_release.extend(grandchildren);
        }
    }
}

/// Creates a node with no parent and no children (a new root).
pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node::create_detached(value)))
}

/// Creates a node holding `value`, appends it as the last child of `parent`
/// and returns a handle to it.
pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let new_child_node = Rc::new(RefCell::new(Node::create_attached_to(value, parent)));
    parent.borrow_mut().append_child(Rc::clone(&new_child_node));
    new_child_node
}

/// The parent of `node`, or `None` for a root or when the parent has already
/// been dropped.
pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().resolve_parent()
}

/// Handles to the children of `node`, in the order they were added.
pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let node_borrow = node.borrow();
    let mut child_handles = Vec::with_capacity(node_borrow.child_nodes.len());
    for child_node in &node_borrow.child_nodes {
        child_handles.push(Rc::clone(child_node));
    }
    child_handles
}

/// The values on the path between the (still living) root and `node`,
/// root first and `node` last, like the components of a file path.
pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut collected_values: Vec<T> = Vec::new();
    let mut current_node: Option<NodeRef<T>> = Some(Rc::clone(node));
    while let Some(visited_node) = current_node {
        collected_values.push(visited_node.borrow().value.clone());
        current_node = parent(&visited_node);
    }
    collected_values.reverse();
    collected_values
}
