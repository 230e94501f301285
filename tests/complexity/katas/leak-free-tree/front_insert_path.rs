// learner: slow
// idiom: Nim systems programmer: Weak `up` link and owned `kids`, but the root-first path is built by inserting each ancestor's value at index 0 while walking up
// why: path_to_root is O(d^2) time: Vec::insert(0, ..) shifts the whole partial path at each of the d steps, vs the O(d) target (push then reverse once)
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
        let mut stack: Vec<NodeRef<T>> = Vec::new();
        while let Some(k) = self.kids.pop() {
            stack.push(k);
        }
        while let Some(n) = stack.pop() {
            if let Ok(cell) = Rc::try_unwrap(n) {
                let mut inner = cell.into_inner();
                while let Some(k) = inner.kids.pop() {
                    stack.push(k);
                }
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value: value, up: Weak::new(), kids: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let n = Rc::new(RefCell::new(Node { value: value, up: Rc::downgrade(parent), kids: Vec::new() }));
    parent.borrow_mut().kids.push(Rc::clone(&n));
    n
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let mut result = Vec::new();
    for k in node.borrow().kids.iter() {
        result.push(Rc::clone(k));
    }
    result
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut result: Vec<T> = Vec::new();
    let mut cur = Some(Rc::clone(node));
    while let Some(n) = cur {
        result.insert(0, n.borrow().value.clone());
        cur = parent(&n);
    }
    result
}
