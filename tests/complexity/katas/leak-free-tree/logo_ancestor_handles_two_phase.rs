// learner: optimal
// idiom: logo teacher: Option<Weak> parent, first collect ancestor handles going up, then read them backwards; Drop via append onto a pile
// why: add_child is a push (amortised O(1)); parent is one upgrade (O(1)); path_to_root follows d links once and reads the d handles once: O(d) time and space
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    /// None for a node created as a root.
    parent_link: Option<Weak<RefCell<Node<T>>>>,
    /// The children, oldest first.
    kids: Vec<NodeRef<T>>,
}

/// Creates a node with no parent and no children (a new root).
pub fn new_node<T>(value: T) -> NodeRef<T> {
    let fresh_root = Node { value, parent_link: None, kids: Vec::new() };
    Rc::new(RefCell::new(fresh_root))
}

/// Creates a node holding `value`, appends it as the last child of `parent`
/// and returns a handle to it.
pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let weak_link_up = Rc::downgrade(parent);
    let new_kid = Node { value, parent_link: Some(weak_link_up), kids: Vec::new() };
    let new_kid_handle = Rc::new(RefCell::new(new_kid));
    let mut parent_node = parent.borrow_mut();
    parent_node.kids.push(new_kid_handle.clone());
    new_kid_handle
}

/// The parent of `node`, or `None` for a root or when the parent has already
/// been dropped.
pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    let node_inside = node.borrow();
    match &node_inside.parent_link {
        None => None,
        Some(weak_link_up) => weak_link_up.upgrade(),
    }
}

/// Handles to the children of `node`, in the order they were added.
pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let mut handles = Vec::new();
    for kid in node.borrow().kids.iter() {
        handles.push(Rc::clone(kid));
    }
    handles
}

/// The values on the path between the (still living) root and `node`,
/// root first and `node` last, like the components of a file path.
pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    // Phase 1: climb to the top, keeping a handle to every node we pass.
    let mut climbed_nodes: Vec<NodeRef<T>> = vec![Rc::clone(node)];
    loop {
        let Some(next_up) = parent(climbed_nodes.last().unwrap()) else {
            break; // reached the (living) root
        };
        climbed_nodes.push(next_up);
    }
    // Phase 2: read the handles from the top (the end of the Vec) down to the start.
    let mut path_values = Vec::with_capacity(climbed_nodes.len());
    for handle in climbed_nodes.iter().rev() {
        path_values.push(handle.borrow().value.clone());
    }
    path_values
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        // Take the kids away so that the automatic drop finds nothing to recurse into.
        let mut still_to_take_apart: Vec<NodeRef<T>> = Vec::new();
        still_to_take_apart.append(&mut self.kids);
        while let Some(handle) = still_to_take_apart.pop() {
            if let Ok(only_owner_cell) = Rc::try_unwrap(handle) {
                let mut freed_node = only_owner_cell.into_inner();
                still_to_take_apart.append(&mut freed_node.kids);
                // `freed_node` goes away here with an empty list of kids.
            }
        }
    }
}
