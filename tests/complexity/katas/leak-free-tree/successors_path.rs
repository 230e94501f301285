// learner: optimal
// idiom: Objective-C macOS veteran: like walking -superview up the view hierarchy, std::iter::successors over Weak parent links collected then reversed; teardown stack in Drop with into_inner
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::iter;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    superNode: Option<Weak<RefCell<Node<T>>>>,
    subNodes: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut releasePool: Vec<NodeRef<T>> = self.subNodes.drain(..).collect();
        while let Some(handle) = releasePool.pop() {
            match Rc::try_unwrap(handle) {
                Ok(lastReference) => releasePool.extend(lastReference.into_inner().subNodes.drain(..)),
                Err(stillShared) => drop(stillShared),
            }
        }
    }
}

fn makeNode<T>(value: T, superNode: Option<Weak<RefCell<Node<T>>>>) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, superNode, subNodes: Vec::new() }))
}

/// Creates a node with no parent and no children (a new root).
pub fn new_node<T>(value: T) -> NodeRef<T> {
    makeNode(value, None)
}

/// Creates a node holding `value`, appends it as the last child of `parent`.
pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let subNode = makeNode(value, Some(Rc::downgrade(parent)));
    parent.borrow_mut().subNodes.push(Rc::clone(&subNode));
    subNode
}

/// The parent of `node`, or `None` for a root or when the parent is gone.
pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().superNode.as_ref().and_then(Weak::upgrade)
}

/// Handles to the children of `node`, in the order they were added.
pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().subNodes.iter().map(Rc::clone).collect()
}

/// The values from the root down to `node`.
pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut components: Vec<T> = iter::successors(Some(Rc::clone(node)), parent)
        .map(|ancestor| ancestor.borrow().value.clone())
        .collect();
    components.reverse();
    components
}
