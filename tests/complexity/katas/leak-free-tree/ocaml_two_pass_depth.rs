// learner: optimal
// idiom: OCaml style: depth counted first, then the path filled from the back into a pre-sized Vec<Option<T>>; Drop drains children level by level with pattern matching
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    parent_link: Weak<RefCell<Node<T>>>,
    subtrees: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut level: Vec<NodeRef<T>> = self.subtrees.drain(..).collect();
        let mut next: Vec<NodeRef<T>> = Vec::new();
        while !level.is_empty() {
            for rc in level.drain(..) {
                match Rc::try_unwrap(rc) {
                    Ok(cell) => next.extend(cell.borrow_mut().subtrees.drain(..)),
                    Err(shared) => drop(shared),
                }
            }
            std::mem::swap(&mut level, &mut next);
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent_link: Weak::new(), subtrees: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let node = Node { value, parent_link: Rc::downgrade(parent), subtrees: Vec::new() };
    let handle = Rc::new(RefCell::new(node));
    parent.borrow_mut().subtrees.push(handle.clone());
    handle
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    match node.borrow().parent_link.upgrade() {
        Some(p) => Some(p),
        None => None,
    }
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().subtrees.to_vec()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    // first pass: depth
    let mut depth = 1;
    let mut cur = parent(node);
    while let Some(p) = cur {
        depth += 1;
        cur = parent(&p);
    }
    // second pass: fill from the back
    let mut slots: Vec<Option<T>> = (0..depth).map(|_| None).collect();
    let mut i = depth;
    let mut cur = Some(Rc::clone(node));
    while let Some(n) = cur {
        i -= 1;
        slots[i] = Some(n.borrow().value.clone());
        cur = parent(&n);
    }
    slots.into_iter().flatten().collect()
}
