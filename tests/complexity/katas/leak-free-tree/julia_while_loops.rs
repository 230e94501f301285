// learner: optimal
// idiom: Julia-HPC style: explicit while loops with Option cursor, Drop drains children into a work buffer, path reversed in place with swap indices
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    up: Option<Weak<RefCell<Node<T>>>>,
    down: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut work: Vec<NodeRef<T>> = Vec::new();
        work.extend(self.down.drain(..));
        while !work.is_empty() {
            let c = work.pop().unwrap();
            match Rc::try_unwrap(c) {
                Ok(cell) => {
                    let mut inner = cell.into_inner();
                    work.extend(inner.down.drain(..));
                    // inner drops here with empty `down`
                }
                Err(_still_shared) => {}
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up: None, down: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let c = new_node(value);
    c.borrow_mut().up = Some(Rc::downgrade(parent));
    parent.borrow_mut().down.push(c.clone());
    c
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    let b = node.borrow();
    match &b.up {
        Some(w) => w.upgrade(),
        None => None,
    }
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let b = node.borrow();
    let m = b.down.len();
    let mut v = Vec::with_capacity(m);
    for k in 0..m {
        v.push(Rc::clone(&b.down[k]));
    }
    v
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut vals: Vec<T> = Vec::new();
    let mut cur: Option<NodeRef<T>> = Some(Rc::clone(node));
    while let Some(x) = cur {
        vals.push(x.borrow().value.clone());
        cur = parent(&x);
    }
    let d = vals.len();
    let mut i = 0usize;
    while i < d / 2 {
        vals.swap(i, d - 1 - i);
        i += 1;
    }
    vals
}
