// learner: optimal
// idiom: iterator chains: std::iter::successors up the Weak links, collect + rev-in-place, data-class-like node, Drop with a stack
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent: Weak<RefCell<Node<T>>>,
    children: Vec<NodeRef<T>>,
}

impl<T> Node<T> {
    fn fresh(value: T, parent: Weak<RefCell<Node<T>>>) -> NodeRef<T> {
        Rc::new(RefCell::new(Node { value, parent, children: vec![] }))
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Node::fresh(value, Weak::new())
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let kid = Node::fresh(value, Rc::downgrade(parent));
    parent.borrow_mut().children.push(kid.clone());
    kid
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.clone()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path: Vec<T> = std::iter::successors(Some(node.clone()), |n| parent(n))
        .map(|n| n.borrow().value.clone())
        .collect();
    path.reverse();
    path
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut stack: Vec<NodeRef<T>> = std::mem::take(&mut self.children);
        while let Some(top) = stack.pop() {
            if let Ok(cell) = Rc::try_unwrap(top) {
                stack.extend(std::mem::take(&mut cell.into_inner().children));
            }
        }
    }
}
