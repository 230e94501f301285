// learner: optimal
// idiom: counts depth first, pre-sizes the Vec with capacity d, fills it by walking up and writes each value at a decreasing index via a Vec<Option<T>> then unwraps
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    owner: Weak<RefCell<Node<T>>>,
    below: Vec<NodeRef<T>>,
}

impl<T> Node<T> {
    fn take_children(&mut self) -> Vec<NodeRef<T>> {
        std::mem::replace(&mut self.below, Vec::new())
    }
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut work = self.take_children();
        let mut top: usize = work.len();
        while top > 0 {
            top -= 1;
            let rc = work.pop().unwrap();
            match Rc::try_unwrap(rc) {
                Ok(cell) => {
                    let mut inner = cell.into_inner();
                    let more = inner.take_children();
                    for m in more {
                        work.push(m);
                        top += 1;
                    }
                }
                Err(_still_shared) => {}
            }
        }
    }
}

/// Creates a node with no parent and no children (a new root).
pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, owner: Weak::new(), below: Vec::new() }))
}

/// Creates a node holding `value`, appends it as the last child of `parent`
/// and returns a handle to it.
pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let n = new_node(value);
    n.borrow_mut().owner = Rc::downgrade(parent);
    parent.borrow_mut().below.push(n.clone());
    n
}

/// The parent of `node`, or `None` for a root or when the parent has already
/// been dropped.
pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    let b = node.borrow();
    b.owner.upgrade()
}

/// Handles to the children of `node`, in the order they were added.
pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let b = node.borrow();
    let mut v = Vec::with_capacity(b.below.len());
    for c in b.below.iter() {
        v.push(c.clone());
    }
    v
}

/// The values on the path between the (still living) root and `node`,
/// root first and `node` last, like the components of a file path.
pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    // pass 1: depth
    let mut depth: usize = 1;
    let mut cur = node.clone();
    while let Some(p) = parent(&cur) {
        depth += 1;
        cur = p;
    }
    // pass 2: fill from the back
    let mut slots: Vec<Option<T>> = Vec::with_capacity(depth);
    slots.resize_with(depth, || None);
    let mut at: usize = depth;
    let mut cur = node.clone();
    loop {
        at -= 1;
        slots[at] = Some(cur.borrow().value.clone());
        let up = parent(&cur);
        match up {
            Some(p) => cur = p,
            None => break,
        }
    }
    let mut out: Vec<T> = Vec::with_capacity(depth);
    for s in slots {
        out.push(s.unwrap());
    }
    out
}
