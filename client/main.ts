document.getElementById('app')!.textContent = 'Relationship explorer';
