// learner: optimal
// idiom: Objective-C macOS veteran: the parent is a weak back-pointer like a __weak delegate, children are strong like an NSArray of retained subviews; iterative teardown in Drop with try_unwrap, push-then-reverse path
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    weakParent: Weak<RefCell<Node<T>>>,
    ownedChildren: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        // Tear down the subtree without recursing: a child we are the last owner of
        // hands its own children to us before it goes away with an empty list.
        let mut subtreeToRelease = std::mem::take(&mut self.ownedChildren);
        while let Some(child) = subtreeToRelease.pop() {
            if let Ok(cell) = Rc::try_unwrap(child) {
                let mut orphan = cell.into_inner();
                subtreeToRelease.append(&mut orphan.ownedChildren);
            }
        }
    }
}

/// Creates a node with no parent and no children (a new root).
pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, weakParent: Weak::new(), ownedChildren: Vec::new() }))
}

/// Creates a node holding `value`, appends it as the last child of `parent`
/// and returns a handle to it.
pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node {
        value,
        weakParent: Rc::downgrade(parent),
        ownedChildren: Vec::new(),
    }));
    parent.borrow_mut().ownedChildren.push(Rc::clone(&child));
    child
}

/// The parent of `node`, or `None` for a root or when the parent has already
/// been dropped.
pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().weakParent.upgrade()
}

/// Handles to the children of `node`, in the order they were added.
pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().ownedChildren.clone()
}

/// The values on the path between the (still living) root and `node`,
/// root first and `node` last, like the components of a file path.
pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut pathComponents = Vec::new();
    let mut currentNode = Some(Rc::clone(node));
    while let Some(visiting) = currentNode {
        pathComponents.push(visiting.borrow().value.clone());
        currentNode = parent(&visiting);
    }
    pathComponents.reverse();
    pathComponents
}
