// learner: optimal
// idiom: `iter::successors(.., parent)` collects the d ancestors, then `.rev()` maps to values: two O(d) passes
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent: RefCell<Weak<RefCell<Node<T>>>>,
    children: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut stack = std::mem::take(&mut self.children);
        while let Some(child) = stack.pop() {
            match Rc::try_unwrap(child) {
                Ok(cell) => {
                    let mut inner = cell.into_inner();
                    stack.extend(inner.children.drain(..));
                }
                Err(_shared) => {}
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: RefCell::new(Weak::new()), children: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = new_node(value);
    *child.borrow().parent.borrow_mut() = Rc::downgrade(parent);
    parent.borrow_mut().children.push(Rc::clone(&child));
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    let n = node.borrow();
    let p = n.parent.borrow().upgrade();
    p
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.to_vec()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let chain: Vec<NodeRef<T>> = std::iter::successors(Some(Rc::clone(node)), parent).collect();
    chain.iter().rev().map(|n| n.borrow().value.clone()).collect()
}
