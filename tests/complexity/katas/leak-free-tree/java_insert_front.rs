// learner: slow
// why: path_to_root is O(d^2) time, target O(d): each ancestor's value is inserted at the front of the result Vec, shifting it
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent: Option<Weak<RefCell<Node<T>>>>,
    children: Vec<NodeRef<T>>,
}

impl<T> Node<T> {
    fn get_value(&self) -> &T {
        &self.value
    }
    fn get_parent(&self) -> Option<NodeRef<T>> {
        self.parent.as_ref().and_then(Weak::upgrade)
    }
    fn get_children(&self) -> &Vec<NodeRef<T>> {
        &self.children
    }
    fn add_child_ref(&mut self, child: NodeRef<T>) {
        self.children.push(child);
    }
    fn take_children(&mut self) -> Vec<NodeRef<T>> {
        std::mem::take(&mut self.children)
    }
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut work = self.take_children();
        while let Some(child) = work.pop() {
            if let Ok(cell) = Rc::try_unwrap(child) {
                work.extend(cell.into_inner().take_children());
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: None, children: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node { value, parent: Some(Rc::downgrade(parent)), children: Vec::new() }));
    parent.borrow_mut().add_child_ref(Rc::clone(&child));
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().get_parent()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().get_children().clone()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path: Vec<T> = Vec::new();
    let mut current: Option<NodeRef<T>> = Some(Rc::clone(node));
    while let Some(n) = current {
        path.insert(0, n.borrow().get_value().clone());
        current = n.borrow().get_parent();
    }
    path
}
