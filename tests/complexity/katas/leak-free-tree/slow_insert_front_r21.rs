// learner: slow
// why: path_to_root is O(d^2) time, target O(d): inserts each ancestor at index 0, shifting the whole path every step
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    up: Weak<RefCell<Node<T>>>,
    down: Vec<NodeRef<T>>,
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up: Weak::new(), down: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let k = Rc::new(RefCell::new(Node { value, up: Rc::downgrade(parent), down: Vec::new() }));
    parent.borrow_mut().down.push(Rc::clone(&k));
    k
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let n = node.borrow();
    let mut v = Vec::with_capacity(n.down.len());
    for i in 0..n.down.len() {
        v.push(Rc::clone(&n.down[i]));
    }
    v
}

/// Root-first path: each ancestor found is placed in front of what we have so far.
pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path: Vec<T> = Vec::new();
    let mut at = Some(Rc::clone(node));
    while let Some(n) = at {
        path.insert(0, n.borrow().value.clone());
        at = parent(&n);
    }
    path
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut work = std::mem::take(&mut self.down);
        let mut i = work.len();
        while i > 0 {
            i -= 1;
            let c = work.pop().unwrap();
            if let Ok(cell) = Rc::try_unwrap(c) {
                let mut inner = cell.into_inner();
                work.append(&mut inner.down);
                i = work.len();
            }
        }
    }
}
