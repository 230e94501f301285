// learner: slow
// why: path_to_root is O(d^2) time, target O(d): every ancestor is inserted at index 0, shifting the whole path each time
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent: Weak<RefCell<Node<T>>>,
    children: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut stack = std::mem::take(&mut self.children);
        while let Some(c) = stack.pop() {
            if let Ok(cell) = Rc::try_unwrap(c) {
                let mut n = cell.into_inner();
                stack.append(&mut n.children);
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: Weak::new(), children: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let c = Rc::new(RefCell::new(Node { value, parent: Rc::downgrade(parent), children: Vec::new() }));
    parent.borrow_mut().children.push(Rc::clone(&c));
    c
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.clone()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path = Vec::new();
    let mut cur = Some(node.clone());
    while let Some(n) = cur {
        path.insert(0, n.borrow().value.clone());
        cur = parent(&n);
    }
    path
}
