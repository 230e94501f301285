// learner: optimal
// idiom: CUDA GPU programmer: Weak up-link, flat teardown stack that only strips nodes whose strong_count is 1, path_to_root counts depth first then fills a preallocated buffer back to front
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    up: Weak<RefCell<Node<T>>>,
    kids: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut stk: Vec<NodeRef<T>> = std::mem::take(&mut self.kids);
        while let Some(n) = stk.pop() {
            if Rc::strong_count(&n) == 1 {
                // we hold the last handle: detach its children before it dies
                let mut k = std::mem::take(&mut n.borrow_mut().kids);
                stk.append(&mut k);
            }
            // n dropped here with no children left (or someone else still owns it)
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up: Weak::new(), kids: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let c = Rc::new(RefCell::new(Node { value, up: Rc::downgrade(parent), kids: Vec::new() }));
    parent.borrow_mut().kids.push(c.clone());
    c
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().kids.iter().cloned().collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    // pass 1: depth
    let mut d = 1usize;
    let mut cur = parent(node);
    while let Some(p) = cur {
        d += 1;
        cur = parent(&p);
    }
    // pass 2: fill slots d-1 .. 0
    let mut buf: Vec<Option<T>> = Vec::with_capacity(d);
    buf.resize_with(d, || None);
    let mut i = d;
    let mut cur = Some(node.clone());
    while let Some(n) = cur {
        i -= 1;
        buf[i] = Some(n.borrow().value.clone());
        cur = parent(&n);
    }
    buf.into_iter().map(|v| v.unwrap()).collect()
}
