// learner: optimal
// idiom: Koka: each node caches its depth, so path_to_root allocates the exact-size result and fills it from the back while walking up (slots as Option, unwrapped once) -- no reverse, no shift
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    depth: usize,
    parent_link: Weak<RefCell<Node<T>>>,
    children: Vec<NodeRef<T>>,
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, depth: 0, parent_link: Weak::new(), children: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let depth = parent.borrow().depth + 1;
    let child = Rc::new(RefCell::new(Node {
        value,
        depth,
        parent_link: Rc::downgrade(parent),
        children: Vec::new(),
    }));
    parent.borrow_mut().children.push(Rc::clone(&child));
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent_link.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.iter().cloned().collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    // The depth is an upper bound: an ancestor may already be gone, in which
    // case the living path is shorter and the front slots stay empty.
    let depth = node.borrow().depth;
    let mut slots: Vec<Option<T>> = Vec::with_capacity(depth + 1);
    slots.resize_with(depth + 1, || None);
    let mut cursor = Some(Rc::clone(node));
    let mut at = depth + 1;
    while let Some(n) = cursor {
        at -= 1;
        slots[at] = Some(n.borrow().value.clone());
        cursor = parent(&n);
    }
    slots.into_iter().skip(at).map(|v| v.expect("filled while walking up")).collect()
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut pending = std::mem::take(&mut self.children);
        loop {
            match pending.pop() {
                None => break,
                Some(rc) => match Rc::try_unwrap(rc) {
                    Ok(cell) => pending.extend(std::mem::take(&mut cell.into_inner().children)),
                    Err(shared) => drop(shared),
                },
            }
        }
    }
}
