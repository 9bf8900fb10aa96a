import { createRoot } from 'react-dom/client'
import { Boot } from './app/Boot'
import './styles/app.css'

createRoot(document.getElementById('root')!).render(<Boot />)
