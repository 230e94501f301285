// learner: optimal
// idiom: C-style: Weak parent, hand-written Drop draining an explicit stack with loop/break, index walk up
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    up: Weak<RefCell<Node<T>>>,
    kids: Vec<NodeRef<T>>,
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up: Weak::new(), kids: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node { value, up: Rc::downgrade(parent), kids: Vec::new() }));
    parent.borrow_mut().kids.push(Rc::clone(&child));
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let n = node.borrow();
    let mut out = Vec::with_capacity(n.kids.len());
    let mut i = 0;
    while i < n.kids.len() {
        out.push(Rc::clone(&n.kids[i]));
        i += 1;
    }
    out
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    let mut cur: NodeRef<T> = Rc::clone(node);
    loop {
        out.push(cur.borrow().value.clone());
        let next = cur.borrow().up.upgrade();
        match next {
            Some(p) => cur = p,
            None => break,
        }
    }
    // reverse in place, two indices
    let mut lo = 0;
    let mut hi = out.len();
    while lo + 1 < hi {
        hi -= 1;
        out.swap(lo, hi);
        lo += 1;
    }
    out
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut pending: Vec<NodeRef<T>> = std::mem::take(&mut self.kids);
        loop {
            let top = match pending.pop() {
                Some(t) => t,
                None => break,
            };
            let cell = match Rc::try_unwrap(top) {
                Ok(c) => c,
                Err(_) => continue, // someone else still holds it
            };
            let mut inner = cell.into_inner();
            pending.append(&mut inner.kids);
            // inner dropped here with no children
        }
    }
}
