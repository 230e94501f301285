// learner: optimal
// idiom: teacher model answer: documented fields, private Node helpers, Option<Weak> parent, loop-based walk and teardown
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
///
/// Ownership points downwards only: a node owns its children (`Rc`), and
/// refers to its parent without owning it (`Weak`), so no cycle can form.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    /// Non-owning link upwards; `None` for a node created as a root.
    parent: Option<Weak<RefCell<Node<T>>>>,
    /// Owning links downwards, in insertion order.
    children: Vec<NodeRef<T>>,
}

impl<T> Node<T> {
    fn detached(value: T, parent: Option<Weak<RefCell<Node<T>>>>) -> Self {
        Node { value, parent, children: Vec::new() }
    }

    /// The living parent, if there is one.
    fn living_parent(&self) -> Option<NodeRef<T>> {
        self.parent.as_ref().and_then(Weak::upgrade)
    }
}

/// Tears the subtree down level by level instead of recursively, so that a
/// very deep chain cannot overflow the stack.
impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut pending: Vec<NodeRef<T>> = std::mem::take(&mut self.children);
        loop {
            let Some(child) = pending.pop() else { break };
            // Only a child nobody else holds is dismantled here; a shared one
            // survives with its subtree.
            if let Ok(cell) = Rc::try_unwrap(child) {
                let mut orphan = cell.into_inner();
                pending.extend(std::mem::take(&mut orphan.children));
            }
        }
    }
}

/// Creates a node with no parent and no children (a new root).
pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node::detached(value, None)))
}

/// Creates a node holding `value`, appends it as the last child of `parent`
/// and returns a handle to it.
pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node::detached(value, Some(Rc::downgrade(parent)))));
    parent.borrow_mut().children.push(Rc::clone(&child));
    child
}

/// The parent of `node`, or `None` for a root or when the parent is gone.
pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().living_parent()
}

/// Handles to the children of `node`, in the order they were added.
pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.clone()
}

/// The values from the root down to `node`.
pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut upward = Vec::new();
    let mut current = Some(Rc::clone(node));
    while let Some(here) = current {
        upward.push(here.borrow().value.clone());
        current = parent(&here);
    }
    upward.reverse();
    upward
}
