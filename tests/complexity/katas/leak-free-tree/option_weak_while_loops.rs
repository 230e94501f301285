// learner: optimal
// idiom: a Modula-2 teacher: Option<Weak> parent field spelled out, every walk an explicit WHILE loop with a `current` variable; path collected leaf-first then reversed by swapping ends in place
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    /// Link upwards; does NOT own the parent (None for a root).
    up: Option<Weak<RefCell<Node<T>>>>,
    /// Links downwards; these DO own the children.
    kids: Vec<NodeRef<T>>,
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value: value, up: None, kids: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child: NodeRef<T> = Rc::new(RefCell::new(Node {
        value: value,
        up: Some(Rc::downgrade(parent)),
        kids: Vec::new(),
    }));
    parent.borrow_mut().kids.push(Rc::clone(&child));
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    let n = node.borrow();
    match &n.up {
        None => None,
        Some(link) => link.upgrade(),
    }
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let n = node.borrow();
    let mut result: Vec<NodeRef<T>> = Vec::with_capacity(n.kids.len());
    let mut i = 0;
    while i < n.kids.len() {
        result.push(Rc::clone(&n.kids[i]));
        i = i + 1;
    }
    result
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path: Vec<T> = Vec::new();
    let mut current: Option<NodeRef<T>> = Some(Rc::clone(node));
    while let Some(n) = current {
        path.push(n.borrow().value.clone());
        current = parent(&n);
    }
    /* the path is leaf first: swap the two ends towards the middle */
    let mut low = 0;
    let mut high = path.len();
    while low + 1 < high {
        high = high - 1;
        path.swap(low, high);
        low = low + 1;
    }
    path
}

/* Tear the subtree down with an explicit stack instead of recursion. */
impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut stack: Vec<NodeRef<T>> = std::mem::take(&mut self.kids);
        while let Some(top) = stack.pop() {
            match Rc::try_unwrap(top) {
                Ok(cell) => {
                    let mut inner = cell.into_inner();
                    let mut grandchildren = std::mem::take(&mut inner.kids);
                    stack.append(&mut grandchildren);
                    /* inner is dropped here with no children left */
                }
                Err(_still_shared) => {
                    /* someone else holds this node: leave its subtree alone */
                }
            }
        }
    }
}
