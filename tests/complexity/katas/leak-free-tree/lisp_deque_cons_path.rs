// learner: optimal
// idiom: Lisp-style: path consed onto the front of a VecDeque (O(1) push_front) while walking up, Rc::into_inner loop/match Drop
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    parent: Option<Weak<RefCell<Node<T>>>>,
    children: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut todo = std::mem::take(&mut self.children);
        loop {
            match todo.pop() {
                None => break,
                Some(rc) => match Rc::into_inner(rc) {
                    Some(cell) => todo.extend(std::mem::take(&mut cell.into_inner().children)),
                    None => {}
                },
            }
        }
    }
}

/// Creates a node with no parent and no children (a new root).
pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: None, children: vec![] }))
}

/// Creates a node holding `value`, appends it as the last child of `parent`
/// and returns a handle to it.
pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node {
        value,
        parent: Some(Rc::downgrade(parent)),
        children: vec![],
    }));
    parent.borrow_mut().children.push(child.clone());
    child
}

/// The parent of `node`, or `None` for a root or when the parent has already
/// been dropped.
pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.as_ref().and_then(Weak::upgrade)
}

/// Handles to the children of `node`, in the order they were added.
pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.clone()
}

/// The values on the path between the (still living) root and `node`,
/// root first and `node` last, like the components of a file path.
pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path = VecDeque::new();
    let mut at = Some(node.clone());
    while let Some(n) = at {
        path.push_front(n.borrow().value.clone());
        at = parent(&n);
    }
    Vec::from(path)
}
