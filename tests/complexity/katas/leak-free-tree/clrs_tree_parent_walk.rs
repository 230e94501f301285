// learner: optimal
// idiom: textbook node with fields p (Weak) and children; procedures TREE-PARENT / PATH walked with a while loop; iterative teardown with an explicit stack S
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::mem;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    p: Weak<RefCell<Node<T>>>,
    children: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        // S <- children of x; while S not empty: y <- POP(S); if y is
        // uniquely owned, PUSH its children and free y (now childless).
        let mut s: Vec<NodeRef<T>> = mem::take(&mut self.children);
        while !s.is_empty() {
            let y = s.pop().unwrap();
            match Rc::try_unwrap(y) {
                Ok(cell) => {
                    let mut node = cell.into_inner();
                    let mut grandchildren = mem::take(&mut node.children);
                    s.append(&mut grandchildren);
                }
                Err(_still_shared) => {}
            }
        }
    }
}

/// Creates a node with no parent and no children (a new root).
pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, p: Weak::new(), children: Vec::new() }))
}

/// Creates a node holding `value`, appends it as the last child of `parent`
/// and returns a handle to it.
pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let z = Rc::new(RefCell::new(Node { value, p: Rc::downgrade(parent), children: Vec::new() }));
    parent.borrow_mut().children.push(Rc::clone(&z));
    z
}

/// The parent of `node`, or `None` for a root or when the parent has already
/// been dropped.
pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().p.upgrade()
}

/// Handles to the children of `node`, in the order they were added.
pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.clone()
}

/// The values on the path between the (still living) root and `node`.
pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path = Vec::new();
    let mut x = Some(Rc::clone(node));
    while let Some(cur) = x {
        path.push(cur.borrow().value.clone());
        x = parent(&cur);
    }
    path.reverse();
    path
}
