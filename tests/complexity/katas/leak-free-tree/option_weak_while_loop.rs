// learner: optimal
// idiom: Nim systems programmer: `up: Option<Weak>` (nil for roots), `kids` seq, explicit while loops for the walk up and for the iterative teardown, result var reversed in place
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
        let mut stack: Vec<NodeRef<T>> = Vec::new();
        stack.append(&mut self.kids);
        while stack.len() > 0 {
            let n = stack.pop().unwrap();
            match Rc::try_unwrap(n) {
                Ok(cell) => {
                    let mut inner = cell.into_inner();
                    stack.append(&mut inner.kids);
                    // inner dropped here with no kids
                }
                Err(_still_shared) => {
                    // someone else holds it: its subtree lives on
                }
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value: value, up: None, kids: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let n = Rc::new(RefCell::new(Node { value: value, up: Some(Rc::downgrade(parent)), kids: Vec::new() }));
    parent.borrow_mut().kids.push(n.clone());
    n
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    match &node.borrow().up {
        Some(w) => w.upgrade(),
        None => None,
    }
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let n = node.borrow();
    let mut result: Vec<NodeRef<T>> = Vec::with_capacity(n.kids.len());
    for i in 0..n.kids.len() {
        result.push(n.kids[i].clone());
    }
    result
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut result: Vec<T> = Vec::new();
    let mut cur: NodeRef<T> = node.clone();
    loop {
        result.push(cur.borrow().value.clone());
        let up = parent(&cur);
        match up {
            Some(p) => cur = p,
            None => break,
        }
    }
    let mut i = 0;
    let mut j = result.len();
    while i + 1 < j {
        j -= 1;
        result.swap(i, j);
        i += 1;
    }
    result
}
