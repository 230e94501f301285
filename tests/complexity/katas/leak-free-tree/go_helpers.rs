// learner: optimal
// idiom: Go-style: Option<Weak> up link, helper link_child(parent, child), path by a for-ever loop swapping the current handle then one reverse, Drop with a worklist that only descends into uniquely held children
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    up: Option<Weak<RefCell<Node<T>>>>,
    kids: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut work = std::mem::take(&mut self.kids);
        while let Some(n) = work.pop() {
            if Rc::strong_count(&n) == 1 {
                let mut inner = n.borrow_mut();
                work.append(&mut inner.kids);
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up: None, kids: Vec::new() }))
}

fn link_child<T>(parent: &NodeRef<T>, child: &NodeRef<T>) {
    child.borrow_mut().up = Some(Rc::downgrade(parent));
    parent.borrow_mut().kids.push(Rc::clone(child));
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = new_node(value);
    link_child(parent, &child);
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    let n = node.borrow();
    match &n.up {
        Some(w) => w.upgrade(),
        None => None,
    }
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let n = node.borrow();
    let mut out = Vec::with_capacity(n.kids.len());
    for k in &n.kids {
        out.push(Rc::clone(k));
    }
    out
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut out = Vec::new();
    let mut cur = Rc::clone(node);
    loop {
        out.push(cur.borrow().value.clone());
        let up = parent(&cur);
        match up {
            Some(p) => cur = p,
            None => break,
        }
    }
    out.reverse();
    out
}
